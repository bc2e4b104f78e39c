package org.kuzet.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.TokenScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes (256 bits), so a plain SHA-256 of it is as safe
 * to store as a slow password hash and lets each API call find its token with one indexed lookup.
 * The token itself is shown once, when created, and never stored.
 */
@Repository
public class ApiTokens {

  static final String PREFIX = "kzt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a new token lives unless its owner chooses otherwise, and the choices offered. */
  public static final int DEFAULT_DAYS = 90;

  static final List<Integer> VALIDITY_DAYS = List.of(7, 30, 90, 180, 365);

  /**
   * A token as its owner sees it in the list: never the secret. {@code expired} is read against the
   * application clock when the list is read.
   */
  record TokenView(
      TokenId id,
      String name,
      String hint,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt,
      Instant expiresAt,
      TokenScope scope,
      boolean expired) {

    public boolean active() {
      return revokedAt == null && !expired;
    }
  }

  /** A token just created: the secret, to show once. */
  record NewToken(TokenId id, String name, String secret, Instant expiresAt, TokenScope scope) {}

  /** What a presented token grants: its account and scope, unless it has expired. */
  record Grant(long accountId, TokenScope scope, boolean expired) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  @Transactional
  NewToken create(long accountId, String name, TokenScope scope, Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime expires = Accounts.now(clock).plus(validity);
    return new NewToken(
        store(accountId, name, secret, scope, expires), name, secret, expires.toInstant(), scope);
  }

  /** Stores a token whose secret was chosen elsewhere (the demo token from the environment). */
  public @Transactional TokenId store(
      long accountId, String name, String secret, TokenScope scope, OffsetDateTime expires) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO idn_api_token
              (id, account_id, name, token_hash, hint, created_at, expires_at, scope)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            accountId,
            name,
            hash(secret),
            hint(secret),
            Accounts.now(clock),
            expires,
            scope.stored())
        .update();
    return new TokenId(id);
  }

  /**
   * What an unrevoked token grants, noting when it was last used (at most once a minute); empty for
   * an unknown or revoked token.
   */
  @Transactional
  Optional<Grant> grantOf(String secret) {
    String hash = hash(secret);
    var found =
        jdbc.sql(
                """
                SELECT account_id, scope, expires_at FROM idn_api_token
                WHERE token_hash = ? AND revoked_at IS NULL""")
            .param(hash)
            .query(
                (rs, n) ->
                    new Grant(
                        rs.getLong("account_id"),
                        TokenScope.parse(rs.getString("scope")),
                        !rs.getObject("expires_at", OffsetDateTime.class)
                            .toInstant()
                            .isAfter(clock.instant())))
            .optional();
    if (found.isPresent() && !found.get().expired()) {
      OffsetDateTime now = Accounts.now(clock);
      jdbc.sql(
              """
              UPDATE idn_api_token SET last_used_at = ?
              WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
          .params(now, hash, now.minusMinutes(1))
          .update();
    }
    return found;
  }

  public boolean exists(String secret) {
    return jdbc.sql("SELECT COUNT(*) FROM idn_api_token WHERE token_hash = ?")
            .param(hash(secret))
            .query(Long.class)
            .single()
        > 0;
  }

  List<TokenView> of(long accountId) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            SELECT id, name, hint, created_at, last_used_at, revoked_at, expires_at, scope
            FROM idn_api_token
            WHERE account_id = ? ORDER BY revoked_at DESC, created_at DESC""")
        .param(accountId)
        .query(
            (rs, n) ->
                new TokenView(
                    new TokenId(rs.getLong("id")),
                    rs.getString("name"),
                    rs.getString("hint"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                    TokenScope.parse(rs.getString("scope")),
                    !rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(now)))
        .list();
  }

  /** Revokes one of the account's own tokens; false when it has no such active token. */
  @Transactional
  boolean revoke(long accountId, TokenId tokenId) {
    return jdbc.sql(
                """
                UPDATE idn_api_token SET revoked_at = ?
                WHERE id = ? AND account_id = ? AND revoked_at IS NULL""")
            .params(Accounts.now(clock), tokenId.value(), accountId)
            .update()
        == 1;
  }

  /** Revokes every active token of the account (its password changed or was reset). */
  @Transactional
  int revokeAll(long accountId) {
    return jdbc.sql(
            "UPDATE idn_api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
        .params(Accounts.now(clock), accountId)
        .update();
  }

  /** Revokes the account's tokens of this name except the one with this secret. */
  public @Transactional int revokeOthersNamed(long accountId, String name, String keepSecret) {
    return jdbc.sql(
            """
            UPDATE idn_api_token SET revoked_at = ?
            WHERE account_id = ? AND name = ? AND token_hash <> ? AND revoked_at IS NULL""")
        .params(Accounts.now(clock), accountId, name, hash(keepSecret))
        .update();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String hint(String secret) {
    return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 4)) + "…";
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
