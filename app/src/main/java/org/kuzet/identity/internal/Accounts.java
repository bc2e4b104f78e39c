package org.kuzet.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their roles, read and written with plain SQL. */
@Repository
public class Accounts {

  static final String ACTIVE = "ACTIVE";
  static final String PENDING = "PENDING";
  static final String DISABLED = "DISABLED";

  private static final String USER_COLUMNS =
      "id, username, display_name, agency_code, status, password_hash, locked_until, session_epoch";

  private final JdbcClient jdbc;
  private final Clock clock;

  Accounts(JdbcClient jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  public Optional<LocalKuzetUser> findByUsername(String username) {
    return jdbc.sql("SELECT " + USER_COLUMNS + " FROM idn_account WHERE username = ?")
        .param(username)
        .query(Accounts::row)
        .optional()
        .map(this::user);
  }

  /** The account as a signed-in user, whatever way it signed in. */
  public Optional<LocalKuzetUser> findById(long id) {
    return jdbc.sql("SELECT " + USER_COLUMNS + " FROM idn_account WHERE id = ?")
        .param(id)
        .query(Accounts::row)
        .optional()
        .map(this::user);
  }

  /** The account and its session epoch, read together for the check at every request. */
  record Current(LocalKuzetUser user, int sessionEpoch) {}

  Optional<Current> current(long id) {
    return jdbc.sql("SELECT " + USER_COLUMNS + " FROM idn_account WHERE id = ?")
        .param(id)
        .query(Accounts::row)
        .optional()
        .map(row -> new Current(user(row), row.sessionEpoch()));
  }

  /** An account row as read, before its roles are added. */
  private record AccountRow(
      long id,
      String username,
      String displayName,
      String agency,
      String status,
      @Nullable String hash,
      @Nullable OffsetDateTime lockedUntil,
      int sessionEpoch) {}

  private static AccountRow row(ResultSet rs, int n) throws SQLException {
    return new AccountRow(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("agency_code"),
        rs.getString("status"),
        rs.getString("password_hash"),
        rs.getObject("locked_until", OffsetDateTime.class),
        rs.getInt("session_epoch"));
  }

  /**
   * The roles are read after the account's result set is closed, never from inside its row mapper:
   * outside a transaction each query borrows its own pooled connection, so a query inside a row
   * mapper holds one connection while waiting for a second. Under a sign-in burst every pooled
   * connection was held that way and every request waited out the pool's time-out.
   */
  private LocalKuzetUser user(AccountRow row) {
    boolean locked =
        row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
    // A pending account signs in but holds no role until an administrator approves it.
    Set<Role> roles = ACTIVE.equals(row.status()) ? rolesOf(row.id()) : Set.of();
    return new LocalKuzetUser(
        row.id(),
        row.username(),
        row.displayName(),
        AgencyCode.of(row.agency()),
        roles,
        row.hash() == null ? "" : row.hash(),
        !DISABLED.equals(row.status()),
        locked);
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
    return jdbc.sql("SELECT COUNT(*) FROM idn_account WHERE LOWER(username) = LOWER(?)")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Creates an account and returns its id. */
  @Transactional
  public long create(
      String username,
      String displayName,
      AgencyCode agency,
      String status,
      @Nullable String passwordHash,
      Set<Role> roles) {
    return create(username, displayName, null, agency, status, passwordHash, roles);
  }

  @Transactional
  long create(
      String username,
      String displayName,
      @Nullable String email,
      AgencyCode agency,
      String status,
      @Nullable String passwordHash,
      Set<Role> roles) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO idn_account
              (id, username, display_name, email, agency_code, status, password_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id, username, displayName, email, agency.value(), status, passwordHash, now(clock)))
        .update();
    setRoles(id, roles);
    return id;
  }

  // ---- administration -------------------------------------------------------------------

  /**
   * Everything an administrator or the account's owner sees about an account; {@code locked} is
   * read against the application clock when the account is read.
   */
  record AccountView(
      long id,
      String username,
      String displayName,
      @Nullable String email,
      AgencyCode agency,
      String status,
      Set<Role> roles,
      @Nullable Instant lockedUntil,
      int failedAttempts,
      @Nullable String locale,
      Instant createdAt,
      boolean hasPassword,
      boolean locked) {

    public boolean pending() {
      return PENDING.equals(status);
    }

    public boolean disabled() {
      return DISABLED.equals(status);
    }
  }

  // Read-only transactions: viewRow reads the roles while the accounts' result set is open, which
  // must happen on the same connection, not on a second one borrowed from the pool.
  @Transactional(readOnly = true)
  Optional<AccountView> view(long id) {
    return jdbc.sql("SELECT * FROM idn_account WHERE id = ?")
        .param(id)
        .query(this::viewRow)
        .optional();
  }

  /** All accounts, those waiting for approval first, then by username. */
  @Transactional(readOnly = true)
  List<AccountView> all() {
    return jdbc.sql(
            """
            SELECT * FROM idn_account
            ORDER BY CASE status WHEN 'PENDING' THEN 0 WHEN 'ACTIVE' THEN 1 ELSE 2 END, username""")
        .query(this::viewRow)
        .list();
  }

  private AccountView viewRow(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
    return new AccountView(
        id,
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("status"),
        rolesOf(id),
        lockedUntil == null ? null : lockedUntil.toInstant(),
        rs.getInt("failed_attempts"),
        rs.getString("locale"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("password_hash") != null,
        lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()));
  }

  @Transactional
  void update(
      long id, String displayName, @Nullable String email, AgencyCode agency, Set<Role> roles) {
    jdbc.sql("UPDATE idn_account SET display_name = ?, email = ?, agency_code = ? WHERE id = ?")
        .params(Arrays.asList(displayName, email, agency.value(), id))
        .update();
    setRoles(id, roles);
  }

  private void setRoles(long id, Set<Role> roles) {
    jdbc.sql("DELETE FROM idn_account_role WHERE account_id = ?").param(id).update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO idn_account_role (account_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
  }

  void setStatus(long id, String status) {
    jdbc.sql("UPDATE idn_account SET status = ? WHERE id = ?").params(status, id).update();
  }

  void setPasswordHash(long id, String hash) {
    jdbc.sql("UPDATE idn_account SET password_hash = ? WHERE id = ?").params(hash, id).update();
  }

  void setLocale(long id, @Nullable String locale) {
    jdbc.sql("UPDATE idn_account SET locale = ? WHERE id = ?")
        .params(Arrays.asList(locale, id))
        .update();
  }

  Optional<String> localeOf(long id) {
    return jdbc.sql("SELECT locale FROM idn_account WHERE id = ?")
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
  }

  long countActiveAdministrators() {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM idn_account a JOIN idn_account_role r ON r.account_id = a.id
            WHERE a.status = 'ACTIVE' AND r.role = 'ADMINISTRATOR'""")
        .query(Long.class)
        .single();
  }

  // ---- sessions --------------------------------------------------------------------------

  /** The account's session epoch: a session signed in under an older one has ended. */
  int sessionEpoch(long id) {
    return jdbc.sql("SELECT session_epoch FROM idn_account WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Ends every session of the account (password changed or reset); returns the new epoch. */
  @Transactional
  int endSessions(long id) {
    jdbc.sql("UPDATE idn_account SET session_epoch = session_epoch + 1 WHERE id = ?")
        .param(id)
        .update();
    return sessionEpoch(id);
  }

  // ---- lockout ---------------------------------------------------------------------------

  /** What a wrong password led to. */
  enum FailureOutcome {
    COUNTED,
    ADDRESS_LOCKED,
    ACCOUNT_LOCKED,
    UNKNOWN_ACCOUNT
  }

  /**
   * Counts a wrong password for the account and for the address it came from. Failures older than
   * the window stop counting. At {@code maxFailures} from one address, that address is locked out
   * of the account; at {@code accountMaxFailures} from all addresses, the account is.
   */
  @Transactional
  FailureOutcome recordFailure(String username, String address, IdentitySettings.Lockout lockout) {
    // The account row is locked first: failures for one account are counted one at a time.
    var current =
        jdbc.sql(
                "SELECT id, failed_attempts, last_failure_at FROM idn_account WHERE username = ? FOR UPDATE")
            .param(username)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class)
                    })
            .optional();
    if (current.isEmpty()) {
      return FailureOutcome.UNKNOWN_ACCOUNT;
    }
    long id = (Long) current.get()[0];
    OffsetDateTime now = now(clock);
    OffsetDateTime since = now.minus(lockout.window());
    int accountFailures =
        stillCounts((OffsetDateTime) current.get()[2], since) ? (Integer) current.get()[1] + 1 : 1;
    if (accountFailures >= lockout.accountMaxFailures()) {
      jdbc.sql(
              "UPDATE idn_account SET failed_attempts = 0, last_failure_at = ?, locked_until = ? WHERE id = ?")
          .params(now, now.plus(lockout.duration()), id)
          .update();
      return FailureOutcome.ACCOUNT_LOCKED;
    }
    jdbc.sql("UPDATE idn_account SET failed_attempts = ?, last_failure_at = ? WHERE id = ?")
        .params(accountFailures, now, id)
        .update();

    String addr = clipAddress(address);
    var byAddress =
        jdbc.sql(
                "SELECT failures, last_failure_at FROM idn_sign_in_failure WHERE account_id = ? AND address = ?")
            .params(id, addr)
            .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2, OffsetDateTime.class)})
            .optional();
    int failures =
        byAddress.isPresent() && stillCounts((OffsetDateTime) byAddress.get()[1], since)
            ? (Integer) byAddress.get()[0] + 1
            : 1;
    boolean lock = failures >= lockout.maxFailures();
    if (byAddress.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO idn_sign_in_failure (account_id, address, failures, last_failure_at, locked_until)
              VALUES (?, ?, ?, ?, ?)""")
          .params(
              Arrays.asList(
                  id, addr, lock ? 0 : failures, now, lock ? now.plus(lockout.duration()) : null))
          .update();
    } else {
      jdbc.sql(
              """
              UPDATE idn_sign_in_failure SET failures = ?, last_failure_at = ?, locked_until = ?
              WHERE account_id = ? AND address = ?""")
          .params(
              Arrays.asList(
                  lock ? 0 : failures, now, lock ? now.plus(lockout.duration()) : null, id, addr))
          .update();
    }
    return lock ? FailureOutcome.ADDRESS_LOCKED : FailureOutcome.COUNTED;
  }

  private static boolean stillCounts(@Nullable OffsetDateTime lastFailure, OffsetDateTime since) {
    return lastFailure != null && lastFailure.isAfter(since);
  }

  /** Whether this address is locked out of the account (after wrong passwords from it). */
  boolean lockedOut(long accountId, String address) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM idn_sign_in_failure
                WHERE account_id = ? AND address = ? AND locked_until > ?""")
            .params(accountId, clipAddress(address), now(clock))
            .query(Long.class)
            .single()
        > 0;
  }

  /** A good sign-in from an address clears that address's failures. */
  void resetFailures(long id, String address) {
    jdbc.sql("DELETE FROM idn_sign_in_failure WHERE account_id = ? AND address = ?")
        .params(id, clipAddress(address))
        .update();
    resetAccountFailures(id);
  }

  /** An administrator's unlock: every address, and the account itself. */
  void resetFailures(long id) {
    jdbc.sql("DELETE FROM idn_sign_in_failure WHERE account_id = ?").param(id).update();
    jdbc.sql(
            """
            UPDATE idn_account SET failed_attempts = 0, locked_until = NULL
            WHERE id = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)""")
        .param(id)
        .update();
  }

  private void resetAccountFailures(long id) {
    // A good sign-in does not lift an account-wide lock (that takes an administrator or time).
    jdbc.sql("UPDATE idn_account SET failed_attempts = 0 WHERE id = ? AND failed_attempts <> 0")
        .param(id)
        .update();
  }

  private static String clipAddress(String address) {
    return address.length() <= 64 ? address : address.substring(0, 64);
  }

  // ---- federated identities ---------------------------------------------------------------

  Optional<Long> findFederated(String provider, String subject) {
    return jdbc.sql(
            "SELECT account_id FROM idn_federated_identity WHERE provider = ? AND subject = ?")
        .params(provider, subject)
        .query(Long.class)
        .optional();
  }

  void linkFederated(String provider, String subject, long accountId) {
    jdbc.sql("INSERT INTO idn_federated_identity (provider, subject, account_id) VALUES (?, ?, ?)")
        .params(provider, subject, accountId)
        .update();
  }

  /** The providers an account signs in with, e.g. {@code [keycloak]}. */
  List<String> federatedProviders(long accountId) {
    return jdbc.sql(
            "SELECT provider FROM idn_federated_identity WHERE account_id = ? ORDER BY provider")
        .param(accountId)
        .query(String.class)
        .list();
  }

  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
