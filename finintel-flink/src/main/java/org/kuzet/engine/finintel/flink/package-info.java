/**
 * The finintel detectors as an Apache Flink job: the engine's stages as keyed operators, with their
 * account state in Flink keyed state.
 */
@NullMarked
package org.kuzet.engine.finintel.flink;

import org.jspecify.annotations.NullMarked;
