/** How identity works inside: accounts in the database, the security filter chain, sign-in. */
@NullMarked
package org.kuzet.identity.internal;

import org.jspecify.annotations.NullMarked;
