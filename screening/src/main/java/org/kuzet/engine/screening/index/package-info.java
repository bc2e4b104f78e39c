/** Candidate retrieval over hashed name keys: which list names are worth scoring for a query. */
@NullMarked
package org.kuzet.engine.screening.index;

import org.jspecify.annotations.NullMarked;
