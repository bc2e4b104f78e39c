package org.kuzet.engine.finintel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a detector found: the typology, a score in (0, 1], the accounts and transactions that form
 * the evidence subgraph, a sentence saying why it fired, and the facts that sentence is made of
 * ({@link AlertFacts}), for applications that word it in another language.
 *
 * <p>The id is derived from the typology and the evidence transactions only, so the same finding
 * gets the same id whether it comes from the in-process engine, a Flink job, or a Flink job
 * restarted from a checkpoint.
 */
public record Alert(
    String id,
    Typology typology,
    double score,
    List<AccountRef> accounts,
    List<String> transactionIds,
    Instant detectedAt,
    String reason,
    AlertFacts facts) {

  /** An alert without facts (as older streams and stored alerts carry them). */
  public Alert(
      String id,
      Typology typology,
      double score,
      List<AccountRef> accounts,
      List<String> transactionIds,
      Instant detectedAt,
      String reason) {
    this(id, typology, score, accounts, transactionIds, detectedAt, reason, AlertFacts.NONE);
  }

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(typology, "typology");
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
    accounts = List.copyOf(new TreeSet<>(accounts));
    transactionIds = List.copyOf(new TreeSet<>(transactionIds));
    if (accounts.isEmpty() || transactionIds.isEmpty()) {
      throw new IllegalArgumentException("an alert needs evidence accounts and transactions");
    }
    Objects.requireNonNull(detectedAt, "detectedAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(facts, "facts");
  }

  /** Builds an alert whose id is the typology code and a hash of the sorted evidence ids. */
  public static Alert of(
      Typology typology,
      double score,
      List<AccountRef> accounts,
      List<String> transactionIds,
      Instant detectedAt,
      String reason) {
    return of(typology, score, accounts, transactionIds, detectedAt, reason, AlertFacts.NONE);
  }

  /** As {@link #of(Typology, double, List, List, Instant, String)}, with the reason's facts. */
  public static Alert of(
      Typology typology,
      double score,
      List<AccountRef> accounts,
      List<String> transactionIds,
      Instant detectedAt,
      String reason,
      AlertFacts facts) {
    TreeSet<String> sorted = new TreeSet<>(transactionIds);
    long h = 0xcbf29ce484222325L;
    for (String s : sorted) {
      for (int i = 0; i < s.length(); i++) {
        h ^= s.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= ';';
      h *= 0x100000001b3L;
    }
    String id = typology.code() + "-" + String.format("%016x", h);
    double clamped = Math.max(0.01, Math.min(1.0, score));
    return new Alert(
        id, typology, clamped, accounts, List.copyOf(sorted), detectedAt, reason, facts);
  }
}
