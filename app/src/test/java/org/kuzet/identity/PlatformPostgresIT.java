package org.kuzet.identity;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class PlatformPostgresIT extends PlatformChecks {}
