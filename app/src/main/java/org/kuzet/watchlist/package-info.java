/**
 * Watchlists: list versions uploaded, compared and activated without restart, and name screening
 * against the active versions. Other modules screen through {@link
 * org.kuzet.watchlist.WatchlistScreening} and rescreen on {@link
 * org.kuzet.watchlist.WatchlistActivated}.
 */
@NullMarked
package org.kuzet.watchlist;

import org.jspecify.annotations.NullMarked;
