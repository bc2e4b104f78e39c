package org.kuzet.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.IdempotentCalls;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating API calls with an {@code Idempotency-Key}: the first call creates and its answer is kept
 * with the key (per user and endpoint) in the same transaction as what it created; a retry with the
 * same key and the same request gets that answer again ({@code Idempotent-Replayed: true}) and
 * creates nothing. The same key with a different request answers 422. A call without a key is
 * simply carried out. Keys are kept for {@link #KEPT}.
 */
@Component
@EnableScheduling
public class IdempotentCreation implements IdempotentCalls {

  public static final String HEADER = IdempotentCalls.HEADER;
  public static final String REPLAYED = "Idempotent-Replayed";
  static final Duration KEPT = Duration.ofHours(24);
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json;
  private final Clock clock;

  IdempotentCreation(
      JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.json = json;
  }

  private record Stored(
      String requestHash,
      @Nullable Integer status,
      @Nullable String location,
      @Nullable String body) {}

  /**
   * Carries out {@code work} once per key.
   *
   * @param key the caller's {@code Idempotency-Key}, or null
   * @param endpoint what is created, e.g. {@code POST /api/interdiction/inspections}
   * @param request the request as read, compared with the first call's
   * @param answerType the type of the answer's body, to replay it
   */
  @Override
  public <T> ResponseEntity<T> create(
      @Nullable String key,
      String endpoint,
      Object request,
      Class<T> answerType,
      Supplier<ResponseEntity<T>> work) {
    var caller = CurrentUser.get();
    if (key == null || caller.isEmpty()) {
      return work.get();
    }
    if (!KEY.matcher(key).matches()) {
      throw Refusal.of(HEADER, "api.idempotency.key");
    }
    String user = caller.get().username();
    String hash = hash(json.writeValueAsBytes(request));
    Optional<Stored> earlier = find(user, key, endpoint);
    if (earlier.isPresent()) {
      return replay(earlier.get(), hash, answerType);
    }
    try {
      return transaction.execute(
          status -> {
            // A key older than a day that the hourly sweep has not yet forgotten is forgotten now.
            jdbc.sql(
                    "DELETE FROM web_idempotent_request WHERE username = ? AND idem_key = ? AND endpoint = ? AND created_at <= ?")
                .params(
                    user,
                    key,
                    endpoint,
                    OffsetDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC))
                .update();
            // Claimed first: a second call with the key waits here until this one commits.
            jdbc.sql(
                    "INSERT INTO web_idempotent_request (username, idem_key, endpoint, request_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                    user,
                    key,
                    endpoint,
                    hash,
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
            ResponseEntity<T> answer = work.get();
            var location = answer.getHeaders().getLocation();
            jdbc.sql(
                    "UPDATE web_idempotent_request SET status = ?, location = ?, body = ? WHERE username = ? AND idem_key = ? AND endpoint = ?")
                .params(
                    Arrays.asList(
                        answer.getStatusCode().value(),
                        location == null ? null : location.toString(),
                        answer.getBody() == null ? null : json.writeValueAsString(answer.getBody()),
                        user,
                        key,
                        endpoint))
                .update();
            return answer;
          });
    } catch (DuplicateKeyException e) {
      // Another call with the same key committed first: answer as it did.
      return replay(find(user, key, endpoint).orElseThrow(() -> e), hash, answerType);
    }
  }

  private Optional<Stored> find(String user, String key, String endpoint) {
    return jdbc.sql(
            """
            SELECT request_hash, status, location, body FROM web_idempotent_request
            WHERE username = ? AND idem_key = ? AND endpoint = ? AND created_at > ?""")
        .params(
            user,
            key,
            endpoint,
            OffsetDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC))
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  private <T> ResponseEntity<T> replay(Stored s, String hash, Class<T> answerType) {
    if (!s.requestHash().equals(hash)) {
      throw new ResponseStatusException(
          HttpStatusCode.valueOf(422),
          "this Idempotency-Key was used with a different request; use a new key for a new request");
    }
    if (s.status() == null) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, "the first request with this Idempotency-Key is still running");
    }
    var answer = ResponseEntity.status(s.status()).header(REPLAYED, "true");
    if (s.location() != null) {
      answer.header(HttpHeaders.LOCATION, s.location());
    }
    return answer.body(s.body() == null ? null : json.readValue(s.body(), answerType));
  }

  /** Forgets keys older than {@link #KEPT}, once an hour. */
  @Scheduled(fixedDelay = 60, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
  void forgetOldKeys() {
    Instant before = clock.instant().minus(KEPT);
    jdbc.sql("DELETE FROM web_idempotent_request WHERE created_at < ?")
        .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .update();
  }

  /**
   * The SHA-256 of content, in hex: what an upload is compared on when a retry comes with the same
   * key (the request object then names the file by its digest, not its bytes).
   */
  public static String digest(byte[] content) {
    return hash(content);
  }

  /** The SHA-256 of a stream's content, in hex, read to its end: for uploads too big to hold. */
  public static String digest(InputStream content) throws IOException {
    try (var in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
