package org.kuzet.identity.internal;

import org.kuzet.identity.AccountStatus;
import org.kuzet.identity.KuzetUser;
import org.springframework.stereotype.Component;

/** {@link AccountStatus} from the account table: one read per question. */
@Component
class StoredAccountStatus implements AccountStatus {

  private final Accounts accounts;

  StoredAccountStatus(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean unchanged(KuzetUser user) {
    return accounts
        .findById(user.accountId())
        .filter(stored -> stored.isEnabled())
        .filter(stored -> stored.agency().equals(user.agency()))
        .filter(stored -> stored.roles().equals(user.roles()))
        .isPresent();
  }
}
