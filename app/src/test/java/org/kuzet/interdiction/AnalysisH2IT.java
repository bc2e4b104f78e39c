package org.kuzet.interdiction;

import org.kuzet.testing.OnH2;

@OnH2
class AnalysisH2IT extends AnalysisChecks {}
