package org.kuzet.evaluation.names;

import java.util.Optional;
import java.util.Random;

/**
 * Patronymics written the Turkic way, father's name plus "son of" or "daughter of", as Central
 * Asian and Azerbaijani documents write them instead of -ovich/-ovna: Kazakh Асанбекұлы or Асанбек
 * ұлы / қызы, Kyrgyz уулу / кызы, Uzbek oʻgʻli / qizi, Turkmen ogly / gyzy, Azerbaijani oğlu /
 * qızı. Tajik documents keep the -ovich form, so Tajikistan has none here.
 */
final class TurkicPatronymics {

  /** A patronymic in this form and the system it was written in. */
  record Written(String patronymic, RomanisationSystem system) {}

  private TurkicPatronymics() {}

  /**
   * For people of Central Asian or Azerbaijani origin whose father has a name of the region: a
   * Russian born in Tashkent, son of Александр, is not written Александр ўғли.
   */
  static boolean applies(ListedPerson person) {
    String father = Patronymics.fatherName(person.cyrillic().patronymic());
    boolean russianFather = NamePool.RUSSIAN.given(false).contains(father);
    return switch (person.origin()) {
      case KAZAKHSTAN, KYRGYZSTAN, UZBEKISTAN, TURKMENISTAN, AZERBAIJAN ->
          !father.isEmpty() && !russianFather;
      default -> false;
    };
  }

  static Optional<Written> write(ListedPerson person, Random random) {
    if (!applies(person)) {
      return Optional.empty();
    }
    String father = Patronymics.fatherName(person.cyrillic().patronymic());
    boolean daughter = person.female();
    return Optional.of(
        switch (person.origin()) {
          case KAZAKHSTAN -> kazakh(father, daughter, random);
          case KYRGYZSTAN ->
              latinSuffix(father, daughter ? "kyzy" : "uulu", daughter ? "кызы" : "уулу", random);
          case UZBEKISTAN -> uzbek(father, daughter, random);
          case TURKMENISTAN ->
              latinSuffix(father, daughter ? "gyzy" : "ogly", daughter ? "гызы" : "оглы", random);
          default ->
              new Written(
                  RomanisationSystem.TURKISH.romanise(father) + (daughter ? " qızı" : " oğlu"),
                  RomanisationSystem.TURKISH);
        });
  }

  private static Written kazakh(String father, boolean daughter, Random random) {
    String suffix = daughter ? "қызы" : "ұлы";
    String cyrillic = random.nextBoolean() ? father + suffix : father + " " + suffix;
    RomanisationSystem[] systems = {
      RomanisationSystem.CYRILLIC, RomanisationSystem.KAZAKH_2021,
      RomanisationSystem.KAZAKH_2017, RomanisationSystem.KAZAKH_2018,
      RomanisationSystem.ICAO_2013
    };
    RomanisationSystem system = systems[random.nextInt(systems.length)];
    if (system == RomanisationSystem.ICAO_2013) {
      // Kazakh passports write the suffix as ULY / KYZY next to the ICAO-romanised name.
      return new Written(system.romanise(father) + (daughter ? " KYZY" : " ULY"), system);
    }
    return new Written(system.romanise(cyrillic), system);
  }

  private static Written uzbek(String father, boolean daughter, Random random) {
    if (random.nextBoolean()) {
      return new Written(father + (daughter ? " қизи" : " ўғли"), RomanisationSystem.CYRILLIC);
    }
    return new Written(
        RomanisationSystem.UZBEK.romanise(father) + (daughter ? " qizi" : " oʻgʻli"),
        RomanisationSystem.UZBEK);
  }

  private static Written latinSuffix(String father, String latin, String cyrillic, Random random) {
    if (random.nextBoolean()) {
      return new Written(father + " " + cyrillic, RomanisationSystem.CYRILLIC);
    }
    return new Written(
        RomanisationSystem.BGN_PCGN.romanise(father) + " " + latin, RomanisationSystem.BGN_PCGN);
  }
}
