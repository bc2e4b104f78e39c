package org.kuzet.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of accounts, for pages that keep a username or an account id (the audit log, who
 * published or approved a record): {@code ${@people.name(username)}} in a template. A name that is
 * not an account (the system, a failed sign-in of an unknown name) is shown as it is.
 */
@Component("people")
public class People {

  private final JdbcClient jdbc;
  // Display names change rarely and a stale one for a while is harmless on a page.
  private final Map<String, String> byUsername = new ConcurrentHashMap<>();

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The display name of the account with this username, or the username itself. */
  public String name(@Nullable String username) {
    if (username == null || username.isEmpty()) {
      return "";
    }
    // A miss is not kept: the name may become an account later.
    String name =
        byUsername.computeIfAbsent(
            username,
            u ->
                jdbc.sql("SELECT display_name FROM idn_account WHERE username = ?")
                    .param(u)
                    .query(String.class)
                    .optional()
                    .orElse(null));
    return name == null ? username : name;
  }

  /** The display name of the account with this id, or null when there is none. */
  public @Nullable String nameOfAccount(@Nullable String accountId) {
    if (accountId == null || !accountId.matches("\\d{1,18}")) {
      return null;
    }
    return jdbc.sql("SELECT display_name FROM idn_account WHERE id = ?")
        .param(Long.parseLong(accountId))
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
