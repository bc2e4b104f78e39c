package org.kuzet.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Password sign-in reads the account from the database. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final Accounts accounts;

  AccountUserDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  /**
   * The account, counted as locked also when the address signing in is locked out of it. The
   * address comes from the request being handled (password sign-in runs inside one).
   */
  @Override
  public UserDetails loadUserByUsername(String username) {
    var user =
        accounts
            .findByUsername(username.strip())
            .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    if (user.locked()) {
      return user;
    }
    var attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet
        && accounts.lockedOut(user.accountId(), servlet.getRequest().getRemoteAddr())) {
      return new LocalKuzetUser(
          user.accountId(),
          user.username(),
          user.displayName(),
          user.agency(),
          user.roles(),
          user.password(),
          user.enabled(),
          true);
    }
    return user;
  }
}
