package org.kuzet.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity tags for API records that can be changed, so that two offices cannot overwrite each other:
 * a GET answers the record with its {@code ETag}; a change must send it back as {@code If-Match}
 * (428 without it) and is refused with 412 when the record has changed since. The tag is a digest
 * of the record as the API shows it, so any change to what the caller saw changes it.
 */
@Component
public class ETags {

  public static final String IF_MATCH = "If-Match";

  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final JsonMapper json;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  ETags(JsonMapper json, JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.json = json;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The strong entity tag of a record as the API shows it. */
  public String of(Object representation) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(representation));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** 200 with the record and its tag. */
  public <T> ResponseEntity<T> ok(T representation) {
    return ResponseEntity.ok().eTag(of(representation)).body(representation);
  }

  /**
   * Carries out a change only if {@code ifMatch} names the record as it is now, atomically: in one
   * transaction the record's row is locked ({@code SELECT ... FOR UPDATE}), the record is read and
   * compared, and the change is made and read back. A second change sent with the same tag waits
   * for the lock, then finds the record changed and answers 412; two callers can never both win
   * with one tag.
   *
   * @param table the table whose row stands for the record (a constant of the caller's module)
   * @param id the row's {@code id}; a missing row locks nothing and {@code current} answers 404
   * @param current the record as the API shows it, read after the lock
   * @param change the change and the answer to it, made while the lock is held
   */
  public <T> T change(
      @Nullable String ifMatch, String table, long id, Supplier<?> current, Supplier<T> change) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    String sent = requirePresent(ifMatch);
    return transaction.execute(
        status -> {
          jdbc.sql("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")
              .param(id)
              .query(Long.class)
              .list();
          requireMatch(sent, current.get());
          return change.get();
        });
  }

  private static String requirePresent(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_REQUIRED,
          "send If-Match with the ETag of the record as you read it");
    }
    return ifMatch;
  }

  /**
   * Refuses a change unless {@code ifMatch} names the record as it is now: 428 when the caller sent
   * no {@code If-Match}, 412 when the record has changed since the caller read it. Private: a
   * comparison outside {@link #change}'s lock would let two callers pass with the same tag.
   */
  private void requireMatch(String ifMatch, Object current) {
    String now = of(current);
    boolean matches = false;
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      matches |= t.equals("*") || t.equals(now);
    }
    if (!matches) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED,
          "the record has changed since you read it; read it again");
    }
  }
}
