package org.kuzet;

import org.kuzet.testing.OnH2;

@OnH2
class ModuleApiH2IT extends ModuleApiChecks {}
