package org.kuzet.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Password sign-in reads the account from the database. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final Accounts accounts;

  AccountUserDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsername(username.strip())
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
