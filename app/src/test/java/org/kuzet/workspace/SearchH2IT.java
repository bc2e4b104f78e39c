package org.kuzet.workspace;

import org.kuzet.testing.OnH2;

@OnH2
class SearchH2IT extends SearchChecks {}
