package org.kuzet.evaluation.names;

import java.util.List;
import java.util.Random;

/** The writing systems a query can be in; the code is the {@code system} column of the CSV. */
enum RomanisationSystem {
  CYRILLIC("cyrillic", List.of()),
  ICAO_2013("icao_2013", List.of(RussianStandardTables.icao2013())),
  /** Older passports: the 1997 MVD table and, less often, the 2010 GOST R 52535.1 table. */
  ICAO_PRE2013(
      "icao_pre2013",
      List.of(
          RussianStandardTables.icaoPre2013(),
          RussianStandardTables.icaoPre2013(),
          RussianStandardTables.gostR52535())),
  BGN_PCGN("bgn_pcgn", List.of(RussianStandardTables.bgnPcgn())),
  LOC("loc", List.of(RussianStandardTables.libraryOfCongress())),
  SCHOLARLY("scholarly", List.of(RussianStandardTables.scholarly())),
  GOST_7_79_A("gost_7_79_a", List.of(RussianStandardTables.gost779A())),
  GOST_7_79_B("gost_7_79_b", List.of(RussianStandardTables.gost779B())),
  GOST_16876_71("gost_16876_71", List.of(RussianStandardTables.gost16876())),
  GERMAN("german", List.of(EuropeanLanguageTables.german())),
  FRENCH("french", List.of(EuropeanLanguageTables.french(), EuropeanLanguageTables.frenchOff())),
  POLISH("polish", List.of(EuropeanLanguageTables.polish())),
  CZECH("czech", List.of(EuropeanLanguageTables.czech())),
  SPANISH("spanish", List.of(EuropeanLanguageTables.spanish())),
  TURKISH("turkish", List.of(EuropeanLanguageTables.turkish())),
  UKRAINIAN_2010("ukrainian_2010", List.of(NationalTables.ukrainian2010())),
  BELARUSIAN("belarusian", List.of(NationalTables.belarusian())),
  KAZAKH_2021("kazakh_2021", List.of(NationalTables.kazakh2021())),
  KAZAKH_2017("kazakh_2017", List.of(NationalTables.kazakh2017())),
  KAZAKH_2018("kazakh_2018", List.of(NationalTables.kazakh2018())),
  UZBEK("uzbek", List.of(NationalTables.uzbek())),
  TAJIK("tajik", List.of(NationalTables.tajik())),
  /** A query written as the list writes it (aliases with name prefixes). */
  NONE("none", List.of());

  private final String code;
  private final List<LetterTable> tables;

  RomanisationSystem(String code, List<LetterTable> tables) {
    this.code = code;
    this.tables = tables;
  }

  String code() {
    return code;
  }

  /** True for the systems that turn Cyrillic into Latin. */
  boolean romanises() {
    return !tables.isEmpty();
  }

  /** The system's main rendering; Cyrillic and none leave the text as it is. */
  String romanise(String cyrillic) {
    return tables.isEmpty() ? cyrillic : tables.get(0).romanise(cyrillic);
  }

  /** One of the system's accepted renderings (French has -ov and -off). */
  String romanise(String cyrillic, Random random) {
    if (tables.isEmpty()) {
      return cyrillic;
    }
    return tables.get(tables.size() == 1 ? 0 : random.nextInt(tables.size())).romanise(cyrillic);
  }
}
