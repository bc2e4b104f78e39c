package org.kuzet.watchlist;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class WatchlistApiPostgresIT extends WatchlistApiChecks {}
