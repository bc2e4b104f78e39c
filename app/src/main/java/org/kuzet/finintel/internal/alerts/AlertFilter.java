package org.kuzet.finintel.internal.alerts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.ImportId;
import org.kuzet.web.Refusal;

/**
 * What the alert queue shows: by typology, lowest score, period of the evidence, lowest amount,
 * assignee ({@code me}, {@code none} or a user name) state ({@code open}: new or assigned) and the
 * import that raised them.
 */
public record AlertFilter(
    @Nullable String typology,
    @Nullable Double minScore,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable BigDecimal minAmount,
    @Nullable String assignee,
    String status,
    @Nullable ImportId importId,
    int page) {

  static final int PAGE_SIZE = 50;

  /** Five million alerts deep: further than anyone pages, and within what an offset can hold. */
  static final int LAST_PAGE = 100_000;

  public AlertFilter {
    typology = blankToNull(typology);
    assignee = blankToNull(assignee);
    status = status == null || status.isBlank() ? "open" : status;
    if (minScore != null && (minScore < 0 || minScore > 1)) {
      throw Refusal.of("minScore", "error.value.range", "0", "1");
    }
    if (page < 0) {
      page = 0;
    }
    if (page > LAST_PAGE) {
      throw Refusal.of("page", "error.value.range", "0", String.valueOf(LAST_PAGE));
    }
  }

  /**
   * The filter as the queue's query parameters give it, on the page and in the API alike: the
   * import comes as a plain number, and none (a blank) means every import.
   */
  public static AlertFilter ofQuery(
      @Nullable String typology,
      @Nullable Double minScore,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable BigDecimal minAmount,
      @Nullable String assignee,
      String status,
      @Nullable Long importNumber,
      int page) {
    @Nullable ImportId importId = importNumber == null ? null : new ImportId(importNumber);
    return new AlertFilter(
        typology, minScore, from, to, minAmount, assignee, status, importId, page);
  }

  public static AlertFilter open() {
    return new AlertFilter(null, null, null, null, null, null, "open", null, 0);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
