package org.kuzet.workspace;

import org.kuzet.testing.OnH2;

@OnH2
class NotificationH2IT extends NotificationChecks {}
