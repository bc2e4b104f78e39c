/**
 * Candidate retrieval over hashed name keys and the explainable name scorer behind ScreeningEngine.
 */
@NullMarked
package org.kuzet.engine.screening.index;

import org.jspecify.annotations.NullMarked;
