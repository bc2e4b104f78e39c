package org.kuzet.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Account changes waiting for a second administrator (table {@code idn_pending_change}). */
@Repository
class PendingChanges {

  static final String PENDING = "PENDING";
  static final String APPROVED = "APPROVED";
  static final String REJECTED = "REJECTED";

  /** Why a second administrator is needed: one's own roles or agency. */
  static final String OWN_ACCOUNT = "OWN_ACCOUNT";

  /** Why a second administrator is needed: victim-record access (the TIP caseworker role). */
  static final String VICTIM_RECORDS = "VICTIM_RECORDS";

  /** A requested change: the account's whole new state, who asked, and why it must wait. */
  record PendingChange(
      ChangeId id,
      long accountId,
      String username,
      String displayName,
      @Nullable String email,
      AgencyCode agency,
      Set<Role> roles,
      boolean approve,
      String reason,
      long requestedBy,
      String requestedByUsername,
      Instant requestedAt) {

    /** The reasons, each a message key suffix: {@code admin.changes.reason.<reason>}. */
    public List<String> reasons() {
      return List.of(reason.split(","));
    }

    AccountEditForm form() {
      var form = new AccountEditForm();
      form.setDisplayName(displayName);
      form.setEmail(email);
      form.setAgency(agency.value());
      form.setRoles(roles);
      return form;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  PendingChanges(JdbcClient jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  ChangeId request(
      long accountId, AccountEditForm form, boolean approve, String reason, long requestedBy) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO idn_pending_change
              (id, account_id, display_name, email, agency_code, roles, approve, reason,
               requested_by, requested_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                accountId,
                form.getDisplayName(),
                form.getEmail(),
                form.getAgency(),
                form.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                approve,
                reason,
                requestedBy,
                Accounts.now(clock),
                PENDING))
        .update();
    return new ChangeId(id);
  }

  private static final String SELECT =
      """
      SELECT c.*, a.username, r.username AS requested_by_username
      FROM idn_pending_change c
      JOIN idn_account a ON a.id = c.account_id
      JOIN idn_account r ON r.id = c.requested_by
      """;

  List<PendingChange> waiting() {
    return jdbc.sql(SELECT + " WHERE c.status = 'PENDING' ORDER BY c.requested_at")
        .query(this::row)
        .list();
  }

  List<PendingChange> waitingFor(long accountId) {
    return jdbc.sql(
            SELECT + " WHERE c.status = 'PENDING' AND c.account_id = ? ORDER BY c.requested_at")
        .param(accountId)
        .query(this::row)
        .list();
  }

  /** The waiting change, locked until the deciding transaction ends so it is decided once. */
  Optional<PendingChange> lockWaiting(ChangeId id) {
    var locked =
        jdbc.sql("SELECT id FROM idn_pending_change WHERE id = ? AND status = 'PENDING' FOR UPDATE")
            .param(id.value())
            .query(Long.class)
            .optional();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " WHERE c.id = ?").param(id.value()).query(this::row).optional();
  }

  void decide(ChangeId id, String status, long decidedBy) {
    jdbc.sql(
            "UPDATE idn_pending_change SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(status, decidedBy, Accounts.now(clock), id.value())
        .update();
  }

  private PendingChange row(ResultSet rs, int n) throws SQLException {
    String roles = rs.getString("roles");
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (!roles.isBlank()) {
      Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
    }
    return new PendingChange(
        new ChangeId(rs.getLong("id")),
        rs.getLong("account_id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        AgencyCode.of(rs.getString("agency_code")),
        set,
        rs.getBoolean("approve"),
        rs.getString("reason"),
        rs.getLong("requested_by"),
        rs.getString("requested_by_username"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant());
  }
}
