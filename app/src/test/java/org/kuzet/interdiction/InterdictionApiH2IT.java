package org.kuzet.interdiction;

import org.kuzet.testing.OnH2;

@OnH2
class InterdictionApiH2IT extends InterdictionApiChecks {}
