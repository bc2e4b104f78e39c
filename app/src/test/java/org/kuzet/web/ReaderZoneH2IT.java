package org.kuzet.web;

import org.kuzet.testing.OnH2;

@OnH2
class ReaderZoneH2IT extends ReaderZoneChecks {}
