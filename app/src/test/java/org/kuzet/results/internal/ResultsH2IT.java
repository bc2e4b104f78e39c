package org.kuzet.results.internal;

import org.kuzet.testing.OnH2;

@OnH2
class ResultsH2IT extends ResultsChecks {}
