package org.kuzet.identity;

import org.kuzet.testing.OnH2;

@OnH2
class IdentityH2IT extends IdentityChecks {}
