package org.kuzet.workspace;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class SearchPostgresIT extends SearchChecks {}
