package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Countries;
import org.kuzet.web.Refusal.Problem;

/**
 * The checks a victim record must pass before anything is stored. Each problem names the field and
 * says what is wrong in words an officer understands; all problems are reported at once.
 */
public final class CaseRules {

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final int NAME_MAX = 200;
  static final int DOCUMENT_MAX = 60;
  static final int CONTACT_MAX = 500;
  static final int PLACE_MAX = 300;
  static final int NOTES_MAX = 4000;
  static final int REFERENCE_MAX = 100;

  private CaseRules() {}

  public static List<Problem> check(NewCase c, LocalDate today) {
    var problems = new ArrayList<Problem>();
    if (!c.consentGiven()) {
      problems.add(Problem.of("consent", "tip.error.consent.required"));
    }
    if (c.consentDate() == null) {
      problems.add(Problem.of("consentDate", "tip.error.consentDate.required"));
    } else if (c.consentDate().isAfter(today)) {
      problems.add(Problem.of("consentDate", "tip.error.consentDate.future", c.consentDate()));
    } else if (c.consentDate().isBefore(EARLIEST)) {
      problems.add(Problem.of("consentDate", "tip.error.date.tooEarly", c.consentDate()));
    }
    LocalDate identified = c.identifiedOn();
    if (identified == null) {
      problems.add(Problem.of("identifiedOn", "tip.error.identifiedOn.required"));
    } else if (identified.isAfter(today)) {
      problems.add(Problem.of("identifiedOn", "tip.error.identifiedOn.future", identified));
      identified = null;
    } else if (identified.isBefore(EARLIEST)) {
      problems.add(Problem.of("identifiedOn", "tip.error.date.tooEarly", identified));
      identified = null;
    }
    LocalDate birth = c.birthDate();
    if (birth != null) {
      if (birth.isAfter(today)) {
        problems.add(Problem.of("birthDate", "tip.error.birthDate.future", birth));
        birth = null;
      } else if (birth.isBefore(EARLIEST)) {
        problems.add(Problem.of("birthDate", "tip.error.date.tooEarly", birth));
        birth = null;
      } else if (identified != null && birth.isAfter(identified)) {
        problems.add(
            Problem.of("birthDate", "tip.error.birthDate.afterIdentification", birth, identified));
        birth = null;
      }
    }
    if (c.age() != null && (c.age() < 0 || c.age() > 120)) {
      problems.add(Problem.of("age", "tip.error.age.range", String.valueOf(c.age())));
    }
    country(problems, "citizenship", c.citizenship());
    length(problems, "givenName", c.givenName(), NAME_MAX);
    length(problems, "familyName", c.familyName(), NAME_MAX);
    length(problems, "documentNumber", c.documentNumber(), DOCUMENT_MAX);
    length(problems, "contact", c.contact(), CONTACT_MAX);
    length(problems, "interviewPlace", c.interviewPlace(), PLACE_MAX);
    length(problems, "notes", c.notes(), NOTES_MAX);
    var accepted = new ArrayList<CaseEventDates>();
    for (int i = 0; i < c.events().size(); i++) {
      NewEvent e = c.events().get(i);
      var found = checkEvent("events[" + i + "].", e, birth, identified, accepted, today);
      problems.addAll(found);
      LocalDate date = e.date(); // an event without a date is refused
      if (found.isEmpty() && date != null) {
        accepted.add(new CaseEventDates(e.kind(), date));
      }
    }
    return problems;
  }

  /** The dates of events already on a case, to check a new event against. */
  record CaseEventDates(EventKind kind, LocalDate date) {}

  static List<Problem> checkEvent(
      String prefix,
      NewEvent e,
      @Nullable LocalDate birth,
      @Nullable LocalDate identified,
      List<CaseEventDates> existing,
      LocalDate today) {
    var problems = new ArrayList<Problem>();
    LocalDate date = e.date();
    String field = prefix + "date";
    if (date == null) {
      problems.add(Problem.of(field, "tip.error.event.dateRequired"));
    } else if (date.isAfter(today)) {
      problems.add(Problem.of(field, "tip.error.event.future", date));
    } else if (date.isBefore(EARLIEST)) {
      problems.add(Problem.of(field, "tip.error.date.tooEarly", date));
    } else if (birth != null && date.isBefore(birth)) {
      problems.add(Problem.of(field, "tip.error.event.beforeBirth", date, birth));
    } else if (identified != null
        && e.kind() == EventKind.RECRUITMENT
        && date.isAfter(identified)) {
      problems.add(
          Problem.of(field, "tip.error.recruitment.afterIdentification", date, identified));
    } else {
      Optional<LocalDate> recruited = earliest(existing, EventKind.RECRUITMENT);
      Optional<LocalDate> firstLater =
          existing.stream()
              .filter(x -> x.kind() != EventKind.RECRUITMENT)
              .map(CaseEventDates::date)
              .min(Comparator.naturalOrder());
      if (e.kind() == EventKind.EXPLOITATION
          && recruited.isPresent()
          && date.isBefore(recruited.get())) {
        problems.add(
            Problem.of(field, "tip.error.exploitation.beforeRecruitment", date, recruited.get()));
      } else if (e.kind() == EventKind.TRANSIT
          && recruited.isPresent()
          && date.isBefore(recruited.get())) {
        problems.add(
            Problem.of(field, "tip.error.transit.beforeRecruitment", date, recruited.get()));
      } else if (e.kind() == EventKind.RECRUITMENT
          && firstLater.isPresent()
          && date.isAfter(firstLater.get())) {
        problems.add(
            Problem.of(field, "tip.error.recruitment.afterLaterStage", date, firstLater.get()));
      }
    }
    country(problems, prefix + "country", e.country());
    length(problems, prefix + "place", e.place(), PLACE_MAX);
    length(problems, prefix + "description", e.description(), NOTES_MAX);
    return problems;
  }

  static List<Problem> checkReferral(
      @Nullable LocalDate referredOn,
      LocalDate identified,
      @Nullable String provider,
      LocalDate today) {
    var problems = new ArrayList<Problem>();
    if (referredOn == null) {
      problems.add(Problem.of("referredOn", "tip.error.referredOn.required"));
    } else if (referredOn.isAfter(today)) {
      problems.add(Problem.of("referredOn", "tip.error.referredOn.future", referredOn));
    } else if (referredOn.isBefore(identified)) {
      problems.add(
          Problem.of(
              "referredOn", "tip.error.referredOn.beforeIdentification", referredOn, identified));
    }
    length(problems, "provider", provider, PLACE_MAX);
    return problems;
  }

  private static Optional<LocalDate> earliest(List<CaseEventDates> events, EventKind kind) {
    return events.stream()
        .filter(x -> x.kind() == kind)
        .map(CaseEventDates::date)
        .min(Comparator.naturalOrder());
  }

  static void country(List<Problem> problems, String field, @Nullable String code) {
    if (code != null && !code.isBlank() && !Countries.known(code)) {
      problems.add(Problem.of(field, "tip.error.country.unknown", code));
    }
  }

  static void length(List<Problem> problems, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(Problem.of(field, "tip.error.tooLong", String.valueOf(max)));
    }
  }
}
