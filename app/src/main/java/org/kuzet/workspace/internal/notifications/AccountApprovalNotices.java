package org.kuzet.workspace.internal.notifications;

import java.util.List;
import org.kuzet.identity.AccountApproved;
import org.kuzet.identity.AccountAwaitingApproval;
import org.kuzet.identity.Role;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells administrators that an account waits for approval, and closes that notice once one of them
 * has approved it, so the others are not sent to work already done. Identity cannot call the
 * workspace (the workspace depends on it), so it publishes events and this listener acts.
 */
@Component
class AccountApprovalNotices {

  private static final Audience ADMINISTRATORS = Audience.anyAgency(Role.ADMINISTRATOR);

  private final NotificationCenter notifications;

  AccountApprovalNotices(NotificationCenter notifications) {
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(AccountAwaitingApproval event) {
    notifications.notify(
        new NewNotification(
            NotificationKind.ACCOUNT_APPROVAL,
            event.displayName() + " (" + event.username() + ") waits for approval",
            "notifications.notice.approval",
            List.of(event.displayName(), event.username()),
            "/admin/accounts/" + event.accountId(),
            ADMINISTRATORS,
            sourceKey(event.accountId())));
  }

  @ApplicationModuleListener
  void on(AccountApproved event) {
    notifications.close(sourceKey(event.accountId()), ADMINISTRATORS);
  }

  static String sourceKey(long accountId) {
    return "account-approval:" + accountId;
  }
}
