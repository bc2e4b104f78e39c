/**
 * How watchlists work inside: stored list versions, their comparison and activation, the active
 * screening engine, the screening pages, API and batch screening.
 */
@NullMarked
package org.kuzet.watchlist.internal;

import org.jspecify.annotations.NullMarked;
