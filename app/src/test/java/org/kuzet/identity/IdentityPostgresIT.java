package org.kuzet.identity;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class IdentityPostgresIT extends IdentityChecks {}
