/**
 * Typology detectors as keyed stages over account events, runnable in-process or as keyed Flink
 * operators with the same results.
 */
@NullMarked
package org.kuzet.engine.finintel.detect;

import org.jspecify.annotations.NullMarked;
