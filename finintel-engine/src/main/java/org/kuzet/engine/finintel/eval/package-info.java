/** Detection quality against labels (precision, recall, F1) and the throughput benchmark. */
@NullMarked
package org.kuzet.engine.finintel.eval;

import org.jspecify.annotations.NullMarked;
