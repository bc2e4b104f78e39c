/** Indicators, targets, reviewed manual values, the actuals computation and the results pages. */
@NullMarked
package org.kuzet.results.internal;

import org.jspecify.annotations.NullMarked;
