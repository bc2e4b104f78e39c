package org.kuzet.training.internal;

import org.kuzet.testing.OnH2;

@OnH2
class SessionReminderH2IT extends SessionReminderChecks {}
