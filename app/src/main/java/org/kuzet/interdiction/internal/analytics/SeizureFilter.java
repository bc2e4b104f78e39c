package org.kuzet.interdiction.internal.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.seizure.DrugType;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;

/**
 * The dashboard's filters: a period of days (both ends included, in the posts' zone), and
 * optionally one region, one drug and one agency.
 */
public record SeizureFilter(
    LocalDate from,
    LocalDate to,
    @Nullable String region,
    @Nullable DrugType drug,
    @Nullable String agency) {

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * Reads the request parameters; blanks mean "all", the period defaults to the last 12 months.
   *
   * @throws Refusal naming each parameter at fault
   */
  public static SeizureFilter parse(
      @Nullable String from,
      @Nullable String to,
      @Nullable String region,
      @Nullable String drug,
      @Nullable String agency,
      LocalDate today) {
    var problems = new ArrayList<Refusal.Problem>();
    LocalDate t = date("to", to, today, problems);
    LocalDate f = date("from", from, t.minusYears(1).plusDays(1), problems);
    if (problems.isEmpty() && f.isAfter(t)) {
      problems.add(
          Problem.of(
              "from",
              "interdiction.refusal.period.reversed",
              String.valueOf(f),
              String.valueOf(t)));
    }
    if (problems.isEmpty() && f.plusYears(20).isBefore(t)) {
      problems.add(Problem.of("from", "interdiction.refusal.period.tooLong"));
    }
    String r = blank(region);
    if (r != null && !REGION.matcher(r).matches()) {
      problems.add(Problem.of("region", "interdiction.refusal.region", String.valueOf(r)));
    }
    DrugType d = null;
    String dr = blank(drug);
    if (dr != null) {
      try {
        d = DrugType.valueOf(dr);
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(
                "drug",
                "interdiction.refusal.choice.of",
                String.valueOf(Arrays.toString(DrugType.values())),
                String.valueOf(dr)));
      }
    }
    String a = blank(agency);
    if (a != null && !AGENCY.matcher(a).matches()) {
      problems.add(Problem.of("agency", "interdiction.refusal.agency", String.valueOf(a)));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    return new SeizureFilter(f, t, r, d, a);
  }

  /** A whole calendar year. */
  public static SeizureFilter year(int year) {
    return new SeizureFilter(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null);
  }

  private static LocalDate date(
      String name, @Nullable String value, LocalDate otherwise, List<Refusal.Problem> problems) {
    String v = blank(value);
    if (v == null) {
      return otherwise;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 2000 || d.getYear() > 2100) {
        problems.add(Problem.of(name, "interdiction.refusal.year", String.valueOf(v)));
        return otherwise;
      }
      return d;
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(name, "interdiction.refusal.date.iso", String.valueOf(v)));
      return otherwise;
    }
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
