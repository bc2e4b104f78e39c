/**
 * Interdiction at the posts. The root package holds what spans the features: the JSON API, the
 * lookout pages, the home panels and menu, search and the figures for the results framework.
 * Features live in subpackages that depend on each other in one direction only: {@code post} &lt;
 * {@code movement}, {@code lookout} &lt; {@code targeting} &lt; {@code inspection} &lt; {@code
 * seizure} &lt; {@code analytics}; {@code demo} and {@code bench} sit on top.
 */
@NullMarked
package org.kuzet.interdiction.internal;

import org.jspecify.annotations.NullMarked;
