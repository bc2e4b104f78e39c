/**
 * Benchmarks: the search benchmark ({@code ./kuzet search-bench}), run inside the application; the
 * load and API list benchmarks ({@code ./kuzet load-bench}) and the application run as a child
 * process, which they and the fault tests share (plain Java: no Spring, their own JVM).
 */
@NullMarked
package org.kuzet.workspace.internal.bench;

import org.jspecify.annotations.NullMarked;
