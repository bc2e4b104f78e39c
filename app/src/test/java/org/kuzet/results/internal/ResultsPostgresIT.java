package org.kuzet.results.internal;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class ResultsPostgresIT extends ResultsChecks {}
