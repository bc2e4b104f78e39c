/** The command line: detect, detect-eval, detect-bench (in-process), generate, trace. */
@NullMarked
package org.kuzet.engine.finintel.cli;

import org.jspecify.annotations.NullMarked;
