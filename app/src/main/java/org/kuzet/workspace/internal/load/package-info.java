/**
 * The load benchmark ({@code ./kuzet load-bench}) and the application run as a child process,
 * which the benchmark and the fault tests share. Plain Java: no Spring, run in its own JVM.
 */
@NullMarked
package org.kuzet.workspace.internal.load;

import org.jspecify.annotations.NullMarked;
