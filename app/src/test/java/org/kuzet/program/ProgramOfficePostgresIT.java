package org.kuzet.program;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class ProgramOfficePostgresIT extends ProgramOfficeChecks {}
