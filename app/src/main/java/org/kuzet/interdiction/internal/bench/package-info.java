/**
 * Commands that generate synthetic load and measure the module: {@code generate-demo} with its
 * logging benchmark, and {@code analysis-bench}. Nothing else in the module depends on them.
 */
@NullMarked
package org.kuzet.interdiction.internal.bench;

import org.jspecify.annotations.NullMarked;
