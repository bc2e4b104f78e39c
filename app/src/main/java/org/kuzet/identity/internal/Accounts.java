package org.kuzet.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their roles, read and written with plain SQL. */
@Repository
public class Accounts {

  private final JdbcClient jdbc;

  Accounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<LocalKuzetUser> findByUsername(String username) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, agency_code, status, password_hash, locked_until
            FROM idn_account WHERE username = ?""")
        .param(username)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              String status = rs.getString("status");
              OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
              boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
              // A pending account signs in but holds no role until an administrator approves it.
              Set<Role> roles = "ACTIVE".equals(status) ? rolesOf(id) : Set.of();
              String hash = rs.getString("password_hash");
              return new LocalKuzetUser(
                  id,
                  rs.getString("username"),
                  rs.getString("display_name"),
                  AgencyCode.of(rs.getString("agency_code")),
                  roles,
                  hash == null ? "" : hash,
                  !"DISABLED".equals(status),
                  locked);
            })
        .optional();
  }

  public Set<Role> rolesOf(long accountId) {
    var roles = EnumSet.noneOf(Role.class);
    jdbc.sql("SELECT role FROM idn_account_role WHERE account_id = ?")
        .param(accountId)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  public boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM idn_account WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Creates an account and returns its id. */
  public long create(
      String username,
      String displayName,
      AgencyCode agency,
      String status,
      String passwordHash,
      Set<Role> roles) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO idn_account
              (id, username, display_name, agency_code, status, password_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            username,
            displayName,
            agency.value(),
            status,
            passwordHash,
            OffsetDateTime.now(java.time.ZoneOffset.UTC))
        .update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO idn_account_role (account_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
    return id;
  }
}
