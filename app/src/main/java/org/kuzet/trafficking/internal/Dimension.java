package org.kuzet.trafficking.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Countries;

/**
 * A variable statistics can be broken down by, named and valued in the Counter Trafficking Data
 * Collaborative's vocabulary. Every value is a code: no dimension can carry free text. A
 * multi-valued dimension (a victim may have several means of control) counts a victim once per
 * value, so its cells do not add up to the total and it may only be used for rows.
 */
enum Dimension {
  YEAR_OF_REGISTRATION("yearOfRegistration", false, f -> List.of(Integer.toString(f.year()))),
  GENDER("gender", false, f -> List.of(f.gender().ctdc)),
  AGE_BROAD("ageBroad", false, f -> List.of(ageBroad(f.age()))),
  MAJORITY_STATUS(
      "majorityStatus",
      false,
      f -> List.of(f.age() == null ? Dimension.UNKNOWN : f.age() < 18 ? "Minor" : "Adult")),
  CITIZENSHIP(
      "citizenship",
      false,
      f -> List.of(f.citizenship() == null ? Dimension.UNKNOWN : ctdcCountry(f.citizenship()))),
  RECRUITER_RELATIONSHIP(
      "recruiterRelationship",
      false,
      f ->
          List.of(
              f.recruiterRelationship() == null
                  ? Dimension.UNKNOWN
                  : f.recruiterRelationship().ctdc)),
  REFERRED("referredToAssistance", false, f -> List.of(f.referred() ? "Yes" : "No")),
  TYPE_OF_EXPLOITATION(
      "typeOfExploitation",
      true,
      f ->
          f.exploitation().isEmpty()
              ? List.of(Dimension.UNKNOWN)
              : f.exploitation().stream().sorted().map(e -> e.ctdc).toList()),
  MEANS_OF_CONTROL(
      "meansOfControl",
      true,
      f ->
          f.control().isEmpty()
              ? List.of("NotSpecified")
              : f.control().stream().sorted().map(m -> m.ctdc).toList()),
  METHOD_OF_RECRUITMENT(
      "methodOfRecruitment",
      true,
      f ->
          f.recruitment().isEmpty()
              ? List.of(Dimension.UNKNOWN)
              : f.recruitment().stream().sorted().map(m -> m.ctdc).toList()),
  COUNTRY_OF_EXPLOITATION(
      "CountryOfExploitation",
      true,
      f ->
          f.exploitationCountries().isEmpty()
              ? List.of(Dimension.UNKNOWN)
              : f.exploitationCountries().stream().map(Dimension::ctdcCountry).sorted().toList());

  static final String UNKNOWN = "Unknown";

  /** CTDC writes countries as ISO alpha-2; the module stores alpha-3. */
  static String ctdcCountry(String stored) {
    return Countries.iso2(stored).orElse(stored);
  }

  /** CTDC's broad age groups. */
  static final List<String> AGE_GROUPS =
      List.of("0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+");

  final String ctdc;
  final boolean multiValued;
  private final Function<CaseFacts, List<String>> values;

  Dimension(String ctdc, boolean multiValued, Function<CaseFacts, List<String>> values) {
    this.ctdc = ctdc;
    this.multiValued = multiValued;
    this.values = values;
  }

  List<String> valuesOf(CaseFacts facts) {
    return values.apply(facts);
  }

  /** The order values are shown in: the vocabulary's own order, codes sorted, "Unknown" last. */
  List<String> order(Collection<String> present) {
    List<String> vocabulary =
        switch (this) {
          case GENDER -> Arrays.stream(Gender.values()).map(g -> g.ctdc).toList();
          case AGE_BROAD -> AGE_GROUPS;
          case MAJORITY_STATUS -> List.of("Adult", "Minor");
          case RECRUITER_RELATIONSHIP ->
              Arrays.stream(RecruiterRelationship.values()).map(r -> r.ctdc).toList();
          case REFERRED -> List.of("Yes", "No");
          case TYPE_OF_EXPLOITATION ->
              Arrays.stream(ExploitationType.values()).map(e -> e.ctdc).toList();
          case MEANS_OF_CONTROL -> Arrays.stream(MeansOfControl.values()).map(m -> m.ctdc).toList();
          case METHOD_OF_RECRUITMENT ->
              Arrays.stream(RecruitmentMethod.values()).map(m -> m.ctdc).toList();
          default -> List.of();
        };
    return present.stream()
        .sorted(
            Comparator.<String>comparingInt(
                    v -> v.equals(UNKNOWN) || v.equals("NotSpecified") ? 1 : 0)
                .thenComparingInt(
                    v -> vocabulary.contains(v) ? vocabulary.indexOf(v) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * The message that words a value of this dimension in the reader's language, or null for a value
   * that reads the same in every language (a year, an age group, a country shown by its name).
   */
  @Nullable String messageKey(String value) {
    if (value.equals(UNKNOWN)) {
      return "tip.statistics.value.unknown";
    }
    if (value.equals("NotSpecified")) {
      return "tip.statistics.value.notSpecified";
    }
    return switch (this) {
      case GENDER ->
          key(
              "tip.gender.",
              Arrays.stream(Gender.values()).filter(g -> g.ctdc.equals(value)).map(Enum::name));
      case MAJORITY_STATUS ->
          "Minor".equals(value) ? "tip.statistics.value.minor" : "tip.statistics.value.adult";
      case REFERRED -> "Yes".equals(value) ? "common.yes" : "common.no";
      case RECRUITER_RELATIONSHIP ->
          key(
              "tip.relationship.",
              Arrays.stream(RecruiterRelationship.values())
                  .filter(r -> r.ctdc.equals(value))
                  .map(Enum::name));
      case TYPE_OF_EXPLOITATION ->
          key(
              "tip.exploitation.",
              Arrays.stream(ExploitationType.values())
                  .filter(e -> e.ctdc.equals(value))
                  .map(Enum::name));
      case MEANS_OF_CONTROL ->
          key(
              "tip.control.",
              Arrays.stream(MeansOfControl.values())
                  .filter(m -> m.ctdc.equals(value))
                  .map(Enum::name));
      case METHOD_OF_RECRUITMENT ->
          key(
              "tip.recruitment.",
              Arrays.stream(RecruitmentMethod.values())
                  .filter(m -> m.ctdc.equals(value))
                  .map(Enum::name));
      default -> null;
    };
  }

  private static @Nullable String key(String prefix, Stream<String> names) {
    return names.findFirst().map(n -> prefix + n).orElse(null);
  }

  static String ageBroad(@Nullable Integer age) {
    if (age == null) {
      return UNKNOWN;
    }
    if (age <= 8) return "0--8";
    if (age <= 17) return "9--17";
    if (age <= 20) return "18--20";
    if (age <= 23) return "21--23";
    if (age <= 26) return "24--26";
    if (age <= 29) return "27--29";
    if (age <= 38) return "30--38";
    if (age <= 47) return "39--47";
    return "48+";
  }

  static Optional<Dimension> byCtdc(String name) {
    return Arrays.stream(values())
        .filter(d -> d.ctdc.equalsIgnoreCase(name) || d.name().equalsIgnoreCase(name))
        .findFirst();
  }
}
