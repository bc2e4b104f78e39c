/**
 * Trafficking in persons: victim identification, referral cases and anonymised statistics; this
 * package is the module's API, which hands out only suppressed counts, never a person.
 */
@NullMarked
package org.kuzet.trafficking;

import org.jspecify.annotations.NullMarked;
