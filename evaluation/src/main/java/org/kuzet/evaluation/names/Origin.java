package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a selected person is from, as far as the list record says: this picks the patronymic forms
 * and the name pools for negatives.
 */
enum Origin {
  RUSSIA("Russia", Group.RUSSIAN, List.of("russia", "russian federation")),
  NORTH_CAUCASUS("Russia", Group.CAUCASUS, List.of()),
  AZERBAIJAN("Azerbaijan", Group.CAUCASUS, List.of("azerbaijan")),
  ARMENIA("Armenia", Group.CAUCASUS, List.of("armenia")),
  GEORGIA("Georgia", Group.CAUCASUS, List.of("georgia")),
  KAZAKHSTAN("Kazakhstan", Group.CENTRAL_ASIA, List.of("kazakhstan")),
  KYRGYZSTAN("Kyrgyzstan", Group.CENTRAL_ASIA, List.of("kyrgyzstan", "kyrgyz republic")),
  UZBEKISTAN("Uzbekistan", Group.CENTRAL_ASIA, List.of("uzbekistan")),
  TAJIKISTAN("Tajikistan", Group.CENTRAL_ASIA, List.of("tajikistan")),
  TURKMENISTAN("Turkmenistan", Group.CENTRAL_ASIA, List.of("turkmenistan"));

  /** The three regions of the brief. */
  enum Group {
    RUSSIAN,
    CAUCASUS,
    CENTRAL_ASIA
  }

  /** Places of birth in the Russian North Caucasus republics, as the lists spell them. */
  private static final List<String> NORTH_CAUCASUS_PLACES =
      List.of(
          "chechen",
          "chechnya",
          "grozny",
          "dagestan",
          "makhachkala",
          "ingush",
          "nazran",
          "kabardino",
          "nalchik",
          "karachay",
          "cherkess",
          "ossetia",
          "vladikavkaz",
          "adygea",
          "khasavyurt",
          "derbent",
          "kizlyar",
          "buynaksk",
          "gudermes",
          "urus-martan",
          "vedeno",
          "shatoy",
          "itum-kal");

  private final String country;
  private final Group group;
  private final List<String> spellings;

  Origin(String country, Group group, List<String> spellings) {
    this.country = country;
    this.group = group;
    this.spellings = spellings;
  }

  String country() {
    return country;
  }

  Group group() {
    return group;
  }

  /**
   * The origin of a record: a non-Russian country of the region named as nationality or as the last
   * part of a place of birth wins over Russia; a Russian place of birth in the North Caucasus makes
   * a Russian national Caucasian. The last comma part must be the country, so "Armenia, Quindio,
   * Colombia" is not Armenia; and a record whose nationalities all lie outside the region is not
   * selected by its place of birth.
   */
  static Optional<Origin> of(ListedIndividual individual) {
    List<String> countries = new ArrayList<>();
    for (String nationality : individual.nationalities()) {
      countries.add(normal(nationality));
    }
    // A national of a country outside the region who was born in a place that shares a name
    // with one inside it (Armenia in Colombia, Georgia in the United States) is not selected.
    boolean foreignNational =
        !countries.isEmpty()
            && countries.stream()
                .noneMatch(c -> Arrays.stream(values()).anyMatch(o -> o.spellings.contains(c)));
    if (foreignNational) {
      return Optional.empty();
    }
    for (String place : individual.birthPlaces()) {
      String[] parts = place.split(",");
      countries.add(normal(parts[parts.length - 1]));
    }
    Optional<Origin> regional = Optional.empty();
    boolean russian = false;
    for (String country : countries) {
      for (Origin origin : values()) {
        if (origin.spellings.contains(country)) {
          if (origin == RUSSIA) {
            russian = true;
          } else if (regional.isEmpty()) {
            regional = Optional.of(origin);
          }
        }
      }
    }
    if (regional.isPresent()) {
      return regional;
    }
    if (!russian) {
      return Optional.empty();
    }
    String places = normal(String.join(" ", individual.birthPlaces()));
    boolean caucasus = NORTH_CAUCASUS_PLACES.stream().anyMatch(places::contains);
    return Optional.of(caucasus ? NORTH_CAUCASUS : RUSSIA);
  }

  private static String normal(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
