package org.kuzet.workspace.internal.notifications;

import org.kuzet.identity.AccountAwaitingApproval;
import org.kuzet.identity.Role;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.kuzet.workspace.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells administrators that an account waits for approval. Identity cannot call the workspace
 * (the workspace depends on it), so it publishes an event and this listener raises the notice.
 */
@Component
class AccountApprovalNotices {

  private final Notifications notifications;

  AccountApprovalNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(AccountAwaitingApproval event) {
    notifications.notify(
        new NewNotification(
            NotificationKind.ACCOUNT_APPROVAL,
            event.displayName() + " (" + event.username() + ") waits for approval",
            "/admin/accounts/" + event.accountId(),
            Audience.anyAgency(Role.ADMINISTRATOR),
            "account-approval:" + event.accountId()));
  }
}
