package org.kuzet.program;

import org.kuzet.testing.OnH2;

@OnH2
class FactSheetH2IT extends FactSheetChecks {}
