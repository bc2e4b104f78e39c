package org.kuzet.training.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal;

/**
 * What a trainee needs to complete a course: at least {@code minAttendancePct} percent of the
 * session's days attended and a post-test score of at least {@code passMark} (out of 100).
 */
public record CompletionRule(int minAttendancePct, BigDecimal passMark) {

  public static final CompletionRule DEFAULT = new CompletionRule(80, new BigDecimal("70"));

  public CompletionRule {
    if (minAttendancePct < 0 || minAttendancePct > 100) {
      throw Refusal.of("minAttendancePct", "training.refusal.rule.attendance", minAttendancePct);
    }
    if (passMark.signum() < 0 || passMark.compareTo(new BigDecimal("100")) > 0) {
      throw Refusal.of("passMark", "training.refusal.rule.passMark", passMark);
    }
  }

  /** Whether {@code daysPresent} of {@code sessionDays} and the post-test meet the rule. */
  boolean passes(int daysPresent, int sessionDays, @Nullable BigDecimal postTest) {
    if (postTest == null || sessionDays <= 0) {
      return false;
    }
    // Integer arithmetic: 4 of 5 days is exactly 80 %, with no rounding surprises.
    boolean attended = daysPresent * 100L >= (long) minAttendancePct * sessionDays;
    return attended && postTest.compareTo(passMark) >= 0;
  }
}
