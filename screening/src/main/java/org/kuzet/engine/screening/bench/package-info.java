/**
 * The screen-bench benchmark: alias self-test, Lucene fuzzy baseline and the public name-pair
 * benchmark.
 */
@NullMarked
package org.kuzet.engine.screening.bench;

import org.jspecify.annotations.NullMarked;
