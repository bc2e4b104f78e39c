/** The training module's records, rules, storage, pages and demo data. */
@NullMarked
package org.kuzet.training.internal;

import org.jspecify.annotations.NullMarked;
