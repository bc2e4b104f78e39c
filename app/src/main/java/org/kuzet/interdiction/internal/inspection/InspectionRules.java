package org.kuzet.interdiction.internal.inspection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.web.Countries;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;

/**
 * What an inspection must satisfy before it is saved. Dates that cannot be true are refused with
 * the reason: an inspection in the future or before the posts existed, a birth date after the
 * inspection or more than 120 years before it.
 */
public final class InspectionRules {

  /** Clocks at the posts drift; a few minutes ahead of the server is not an impossible date. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** Earliest inspection the system accepts (records typed in from paper go back this far). */
  public static final Instant EARLIEST =
      LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  static final int MAX_PERSONS = 60;

  private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{1,20}");

  private InspectionRules() {}

  static void check(NewInspection in, Instant now) {
    var problems = new ArrayList<Refusal.Problem>();
    if (in.inspectedAt().isAfter(now.plus(CLOCK_SKEW))) {
      problems.add(
          Problem.of(
              "inspectedAt",
              "interdiction.refusal.future.value",
              String.valueOf(in.inspectedAt())));
    }
    if (in.inspectedAt().isBefore(EARLIEST)) {
      problems.add(
          Problem.of(
              "inspectedAt",
              "interdiction.refusal.before2000.value",
              String.valueOf(in.inspectedAt())));
    }
    Problem plateProblem = PlateKeys.problem("plate", in.plate());
    if (plateProblem != null) {
      problems.add(plateProblem);
    }
    if (!Countries.known(in.plateCountry())) {
      problems.add(Problem.of("plateCountry", "interdiction.refusal.country", in.plateCountry()));
    }
    length(problems, "vehicleMake", in.vehicleMake(), 60);
    length(problems, "cargo", in.cargo(), 300);
    length(problems, "origin", in.origin(), 100);
    length(problems, "destination", in.destination(), 100);
    if (in.persons().size() > MAX_PERSONS) {
      problems.add(
          Problem.of(
              "persons", "interdiction.refusal.persons.tooMany", String.valueOf(MAX_PERSONS)));
    }
    long drivers = in.persons().stream().filter(p -> p.role() == PersonRole.DRIVER).count();
    if (drivers > 1) {
      problems.add(
          Problem.of("persons", "interdiction.refusal.persons.driver", String.valueOf(drivers)));
    }
    LocalDate day = in.inspectedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    for (int i = 0; i < in.persons().size(); i++) {
      NewPerson p = in.persons().get(i);
      String at = "persons[" + i + "].";
      if (p.name().isEmpty()) {
        problems.add(Problem.of(at + "name", "interdiction.refusal.required"));
      }
      length(problems, at + "name", p.name(), 200);
      if (p.birthDate() != null) {
        if (p.birthDate().isAfter(day)) {
          problems.add(
              Problem.of(
                  at + "birthDate",
                  "interdiction.refusal.birth.afterInspection",
                  String.valueOf(p.birthDate())));
        } else if (p.birthDate().isBefore(day.minusYears(120))) {
          problems.add(
              Problem.of(
                  at + "birthDate",
                  "interdiction.refusal.birth.tooOld",
                  String.valueOf(p.birthDate())));
        }
      }
      if (p.documentNumber() != null && !DOCUMENT.matcher(p.documentNumber()).matches()) {
        problems.add(Problem.of(at + "documentNumber", "interdiction.refusal.document.format"));
      }
      if (p.documentType() != DocumentType.NONE && p.documentNumber() == null) {
        problems.add(
            Problem.of(
                at + "documentNumber",
                "interdiction.refusal.document.required",
                String.valueOf(p.documentType())));
      }
      if (p.nationality() != null && !Countries.known(p.nationality())) {
        problems.add(
            Problem.of(at + "nationality", "interdiction.refusal.country", p.nationality()));
      }
      if (p.documentCountry() != null && !Countries.known(p.documentCountry())) {
        problems.add(
            Problem.of(
                at + "documentCountry", "interdiction.refusal.country", p.documentCountry()));
      }
      if (p.sex() != null && !List.of("M", "F", "X").contains(p.sex())) {
        problems.add(Problem.of(at + "sex", "interdiction.refusal.sex"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
  }

  private static void length(
      List<Refusal.Problem> problems, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(Problem.of(field, "interdiction.refusal.tooLong", String.valueOf(max)));
    }
  }
}
