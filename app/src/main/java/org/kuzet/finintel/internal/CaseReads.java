package org.kuzet.finintel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.identity.AuditDetail;

/**
 * What a read of a case's accounts and payments audits, as facts ({@code
 * audit.detail.finintel.read.*}) rather than an English sentence, so the audit page words it in its
 * reader's language. An optional part (a period, a target account) is marked by a word the message
 * selects on.
 */
final class CaseReads {

  private CaseReads() {}

  static AuditDetail timeline() {
    return AuditDetail.of("finintel.read.timeline");
  }

  static AuditDetail chart(@Nullable LocalDate from, @Nullable LocalDate to) {
    return AuditDetail.of("finintel.read.chart", span(from, to), day(from), day(to));
  }

  static AuditDetail chartAccount(long account, @Nullable LocalDate from, @Nullable LocalDate to) {
    return AuditDetail.of(
        "finintel.read.chartAccount", account, span(from, to), day(from), day(to));
  }

  static AuditDetail chartTraced(List<Long> ids) {
    return AuditDetail.of(
        "finintel.read.chartTraced",
        Columns.clip(ids.stream().map(String::valueOf).collect(Collectors.joining(", ")), 1000));
  }

  /**
   * A flow trace from {@code account} (to {@code target} when given), as typed, over {@code hops}
   * payments in the period, from the page or the API.
   */
  static AuditDetail trace(
      String account,
      @Nullable String target,
      int hops,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      boolean api) {
    String toAccount = target == null ? "" : target.strip();
    boolean toTarget = !toAccount.isEmpty();
    return AuditDetail.of(
        "finintel.read.trace",
        Columns.clip(account.strip(), 300),
        toTarget ? "to" : "none",
        toTarget ? Columns.clip(toAccount, 300) : "",
        hops,
        span(from, to),
        day(from),
        day(to),
        api ? "api" : "page");
  }

  private static String span(@Nullable LocalDate from, @Nullable LocalDate to) {
    return from == null && to == null ? "none" : "period";
  }

  private static String day(@Nullable LocalDate d) {
    return d == null ? "…" : d.toString();
  }
}
