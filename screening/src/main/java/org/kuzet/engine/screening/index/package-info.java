/** Candidate retrieval over hashed name keys and the explainable name scorer behind ScreeningEngine. */
package org.kuzet.engine.screening.index;
