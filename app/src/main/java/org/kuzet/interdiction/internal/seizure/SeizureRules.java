package org.kuzet.interdiction.internal.seizure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.inspection.InspectionRules;
import org.kuzet.web.Countries;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;

/**
 * What a seizure must satisfy. Quantities no conveyance could carry are refused: the largest single
 * road seizures reported in Central Asia are a few tonnes, and a loaded truck carries at most about
 * 40 tonnes, so more than 50,000 kg (or litres) is a typing error, as is a purity above 100 %.
 */
final class SeizureRules {

  static final BigDecimal MAX_KG_OR_L = new BigDecimal("50000");
  static final BigDecimal MAX_UNITS = new BigDecimal("50000000");

  private SeizureRules() {}

  static void check(NewSeizure s, Instant now) {
    var problems = new ArrayList<Refusal.Problem>();
    if (s.seizedAt().isAfter(now.plus(InspectionRules.CLOCK_SKEW))) {
      problems.add(
          Problem.of(
              "seizedAt", "interdiction.refusal.future.value", String.valueOf(s.seizedAt())));
    }
    if (s.seizedAt().isBefore(InspectionRules.EARLIEST)) {
      problems.add(Problem.of("seizedAt", "interdiction.refusal.before2000"));
    }
    if (s.quantity().signum() <= 0) {
      problems.add(Problem.of("quantity", "interdiction.refusal.positive"));
    } else if (s.quantity().scale() > 3 && s.quantity().stripTrailingZeros().scale() > 3) {
      problems.add(Problem.of("quantity", "interdiction.refusal.decimals"));
    } else {
      BigDecimal max = s.unit() == QuantityUnit.UNITS ? MAX_UNITS : MAX_KG_OR_L;
      if (s.quantity().compareTo(max) > 0) {
        problems.add(
            Problem.of(
                "quantity",
                "interdiction.refusal.quantity.tooMuch",
                String.valueOf(s.quantity().toPlainString()),
                String.valueOf(s.unit()),
                String.valueOf(max.toPlainString())));
      }
      if (s.unit() == QuantityUnit.UNITS && s.quantity().stripTrailingZeros().scale() > 0) {
        problems.add(Problem.of("quantity", "interdiction.refusal.units.whole"));
      }
    }
    if (s.purityPercent() != null
        && (s.purityPercent().signum() <= 0
            || s.purityPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
      problems.add(Problem.of("purityPercent", "interdiction.refusal.purity"));
    }
    if (s.place().isEmpty() || s.place().length() > 200) {
      problems.add(Problem.of("place", "interdiction.refusal.required200"));
    }
    country(problems, "originCountry", s.originCountry());
    country(problems, "departureCountry", s.departureCountry());
    country(problems, "destinationCountry", s.destinationCountry());
    for (String t : s.transitCountries()) {
      country(problems, "transitCountries", t);
    }
    if (s.transitCountries().size() > 20) {
      problems.add(Problem.of("transitCountries", "interdiction.refusal.countries.tooMany"));
    }
    length(problems, "concealment", s.concealment(), 200);
    length(problems, "conveyance", s.conveyance(), 200);
    length(problems, "drugDetail", s.drugDetail(), 200);
    List<NewSeizure.Arrest> arrests = s.arrests();
    for (int i = 0; i < arrests.size(); i++) {
      var a = arrests.get(i);
      if (a.name().isEmpty() || a.name().length() > 200) {
        problems.add(Problem.of("arrests[" + i + "].name", "interdiction.refusal.required200"));
      }
      if (!Countries.known(a.nationality())) {
        problems.add(
            a.nationality().isEmpty()
                ? Problem.of("arrests[" + i + "].nationality", "interdiction.refusal.required")
                : Problem.of(
                    "arrests[" + i + "].nationality",
                    "interdiction.refusal.country",
                    a.nationality()));
      }
      if (!Set.of("M", "F", "X").contains(a.gender())) {
        problems.add(Problem.of("arrests[" + i + "].gender", "interdiction.refusal.sex"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
  }

  private static void country(List<Refusal.Problem> problems, String field, @Nullable String code) {
    if (code != null && !Countries.known(code)) {
      problems.add(Problem.of(field, "interdiction.refusal.country", String.valueOf(code)));
    }
  }

  private static void length(
      List<Refusal.Problem> problems, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(Problem.of(field, "interdiction.refusal.tooLong", String.valueOf(max)));
    }
  }
}
