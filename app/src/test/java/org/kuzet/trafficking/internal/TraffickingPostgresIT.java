package org.kuzet.trafficking.internal;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class TraffickingPostgresIT extends TraffickingChecks {}
