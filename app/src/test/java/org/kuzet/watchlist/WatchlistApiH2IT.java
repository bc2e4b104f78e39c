package org.kuzet.watchlist;

import org.kuzet.testing.OnH2;

@OnH2
class WatchlistApiH2IT extends WatchlistApiChecks {}
