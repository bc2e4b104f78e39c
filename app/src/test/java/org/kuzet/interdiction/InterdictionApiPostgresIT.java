package org.kuzet.interdiction;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class InterdictionApiPostgresIT extends InterdictionApiChecks {}
