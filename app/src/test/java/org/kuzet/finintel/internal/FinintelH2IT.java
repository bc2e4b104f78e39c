package org.kuzet.finintel.internal;

import org.kuzet.testing.OnH2;

@OnH2
class FinintelH2IT extends FinintelChecks {}
