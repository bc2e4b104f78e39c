package org.kuzet.program;

import org.kuzet.testing.OnH2;

@OnH2
class ProgramOfficeH2IT extends ProgramOfficeChecks {}
