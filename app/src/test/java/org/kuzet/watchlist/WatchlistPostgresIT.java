package org.kuzet.watchlist;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class WatchlistPostgresIT extends WatchlistChecks {}
