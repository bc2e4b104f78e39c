/**
 * {@code finintel-bench}: generates and imports synthetic transactions and times detection and the
 * alert queue.
 */
@NullMarked
package org.kuzet.finintel.internal.bench;

import org.jspecify.annotations.NullMarked;
