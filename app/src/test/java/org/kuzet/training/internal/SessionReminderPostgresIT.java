package org.kuzet.training.internal;

import org.kuzet.testing.OnPostgres;

@OnPostgres
class SessionReminderPostgresIT extends SessionReminderChecks {}
