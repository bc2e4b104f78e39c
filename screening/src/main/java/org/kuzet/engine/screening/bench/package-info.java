/** The screen-bench benchmark: alias self-test, Lucene fuzzy baseline and the public name-pair benchmark. */
package org.kuzet.engine.screening.bench;
