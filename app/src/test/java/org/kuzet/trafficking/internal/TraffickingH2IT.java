package org.kuzet.trafficking.internal;

import org.kuzet.testing.OnH2;

@OnH2
class TraffickingH2IT extends TraffickingChecks {}
