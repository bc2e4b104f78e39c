package org.kuzet.interdiction.internal.demo;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class DemoTrafficPostgresIT extends DemoTrafficChecks {}
