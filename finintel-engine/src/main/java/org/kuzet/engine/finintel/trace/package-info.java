/** Flow tracing: the paths money took from an account or between two, with amounts. */
@NullMarked
package org.kuzet.engine.finintel.trace;

import org.jspecify.annotations.NullMarked;
