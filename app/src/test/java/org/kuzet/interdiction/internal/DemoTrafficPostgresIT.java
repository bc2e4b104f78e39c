package org.kuzet.interdiction.internal;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class DemoTrafficPostgresIT extends DemoTrafficChecks {}
