package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kuzet.web.Refusal;

class CompletionRuleTest {

  final CompletionRule rule = new CompletionRule(80, new BigDecimal("70"));

  @Test
  void fourOfFiveDaysIsExactlyEightyPercent() {
    assertThat(rule.passes(4, 5, new BigDecimal("70"))).isTrue();
    assertThat(rule.passes(3, 5, new BigDecimal("100"))).isFalse();
  }

  @Test
  void thePostTestMustReachThePassMark() {
    assertThat(rule.passes(5, 5, new BigDecimal("69.99"))).isFalse();
    assertThat(rule.passes(5, 5, null)).as("no post-test taken").isFalse();
  }

  @Test
  void eachCourseSetsItsOwnRule() {
    var lenient = new CompletionRule(60, new BigDecimal("50"));
    assertThat(lenient.passes(3, 5, new BigDecimal("50"))).isTrue();
    assertThatThrownBy(() -> new CompletionRule(101, BigDecimal.TEN)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new CompletionRule(80, new BigDecimal("-1")))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void fiscalYearsRunFromOctoberToSeptember() {
    assertThat(FiscalYears.of(LocalDate.of(2008, 9, 30))).isEqualTo(2008);
    assertThat(FiscalYears.of(LocalDate.of(2008, 10, 1))).isEqualTo(2009);
    assertThat(FiscalYears.start(2009)).isEqualTo(LocalDate.of(2008, 10, 1));
    assertThat(FiscalYears.end(2009)).isEqualTo(LocalDate.of(2009, 9, 30));
  }

  @Test
  void sessionDatesAreChecked() {
    assertThatThrownBy(
            () ->
                SessionManagement.checkDates(LocalDate.of(2009, 2, 20), LocalDate.of(2009, 2, 16)))
        .hasMessage("training.refusal.session.endsBeforeStart");
    assertThatThrownBy(() -> SessionManagement.checkDates(null, LocalDate.of(2009, 2, 16)))
        .hasMessage("training.refusal.required");
    assertThatThrownBy(
            () -> SessionManagement.checkDates(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2)))
        .hasMessage("training.refusal.session.year");
    SessionManagement.checkDates(LocalDate.of(2009, 2, 16), LocalDate.of(2009, 2, 16));
  }
}
