package org.kuzet;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class ModuleApiPostgresIT extends ModuleApiChecks {}
