package org.kuzet.web;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class ReaderZonePostgresIT extends ReaderZoneChecks {}
