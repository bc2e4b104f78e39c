package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.web.Refusal.Problem;

/** What a victim record must satisfy before anything is stored. */
class CaseRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  static NewCase valid(boolean consent, LocalDate birth, List<NewEvent> events) {
    return new NewCase(
        consent,
        TODAY.minusDays(2),
        TODAY.minusDays(1),
        "Aigul",
        "Bekova",
        birth,
        null,
        null,
        null,
        null,
        null,
        Gender.FEMALE,
        "kz",
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        Map.of(),
        events);
  }

  static List<String> keys(List<Problem> problems) {
    return problems.stream().map(p -> p.field() + " " + p.key()).toList();
  }

  @Test
  void aCompleteRecordPasses() {
    var c =
        valid(
            true,
            LocalDate.of(2000, 1, 1),
            List.of(
                new NewEvent(
                    EventKind.RECRUITMENT, LocalDate.of(2025, 1, 1), "UZ", "Tashkent", null),
                new NewEvent(EventKind.TRANSIT, LocalDate.of(2025, 1, 5), "KZ", null, null),
                new NewEvent(
                    EventKind.EXPLOITATION, LocalDate.of(2025, 1, 9), "KZ", "Almaty", null)));
    assertThat(CaseRules.check(c, TODAY)).isEmpty();
    assertThat(c.citizenship()).isEqualTo("KAZ");
    assertThat(c.events()).extracting(NewEvent::country).containsExactly("UZB", "KAZ", "KAZ");
    assertThat(c.effectiveAge()).isEqualTo(26);
  }

  @Test
  void consentIsRequired() {
    assertThat(keys(CaseRules.check(valid(false, null, List.of()), TODAY)))
        .containsExactly("consent tip.error.consent.required");
  }

  @Test
  void impossibleDatesAreRefusedEachWithItsField() {
    var c =
        valid(
            true,
            TODAY.plusDays(1),
            List.of(
                new NewEvent(EventKind.RECRUITMENT, LocalDate.of(2025, 3, 1), null, null, null),
                new NewEvent(EventKind.EXPLOITATION, LocalDate.of(2025, 2, 1), "ZZ", null, null),
                new NewEvent(EventKind.TRANSIT, TODAY.plusDays(3), null, null, null)));
    assertThat(keys(CaseRules.check(c, TODAY)))
        .containsExactly(
            "birthDate tip.error.birthDate.future",
            "events[1].date tip.error.exploitation.beforeRecruitment",
            "events[1].country tip.error.country.unknown",
            "events[2].date tip.error.event.future");
  }

  @Test
  void eventsBeforeBirthAndRecruitmentAfterExploitationAreRefused() {
    var existing =
        List.of(new CaseRules.CaseEventDates(EventKind.EXPLOITATION, LocalDate.of(2024, 5, 1)));
    var late = new NewEvent(EventKind.RECRUITMENT, LocalDate.of(2024, 6, 1), null, null, null);
    assertThat(keys(CaseRules.checkEvent("", late, null, TODAY, existing, TODAY)))
        .containsExactly("date tip.error.recruitment.afterLaterStage");
    var early = new NewEvent(EventKind.TRANSIT, LocalDate.of(1990, 1, 1), null, null, null);
    assertThat(
            keys(
                CaseRules.checkEvent("", early, LocalDate.of(1995, 1, 1), TODAY, List.of(), TODAY)))
        .containsExactly("date tip.error.event.beforeBirth");
  }

  @Test
  void referralsCannotPrecedeTheIdentification() {
    assertThat(keys(CaseRules.checkReferral(TODAY.minusDays(10), TODAY.minusDays(1), null, TODAY)))
        .containsExactly("referredOn tip.error.referredOn.beforeIdentification");
    assertThat(keys(CaseRules.checkReferral(TODAY.plusDays(1), TODAY.minusDays(1), null, TODAY)))
        .containsExactly("referredOn tip.error.referredOn.future");
  }
}
