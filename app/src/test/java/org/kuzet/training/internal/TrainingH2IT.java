package org.kuzet.training.internal;

import org.kuzet.testing.OnH2;

@OnH2
class TrainingH2IT extends TrainingChecks {}
