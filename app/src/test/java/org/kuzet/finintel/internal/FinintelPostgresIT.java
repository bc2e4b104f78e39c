package org.kuzet.finintel.internal;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class FinintelPostgresIT extends FinintelChecks {}
