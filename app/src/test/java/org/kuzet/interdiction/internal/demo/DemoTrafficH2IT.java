package org.kuzet.interdiction.internal.demo;

import org.kuzet.testing.OnH2;

@OnH2
class DemoTrafficH2IT extends DemoTrafficChecks {}
