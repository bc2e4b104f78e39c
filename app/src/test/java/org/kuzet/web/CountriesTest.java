package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Every way a user types a country gives the one stored code. */
class CountriesTest {

  @Test
  void codesOfEveryKindGiveTheAlpha3Code() {
    assertThat(Countries.code("TJ")).contains("TJK");
    assertThat(Countries.code("tjk")).contains("TJK");
    assertThat(Countries.code("AFG")).contains("AFG");
    assertThat(Countries.code("af")).contains("AFG");
    // ICAO writes Germany as D in a passport's machine-readable zone.
    assertThat(Countries.code("D")).contains("DEU");
    // Codes only ICAO has are kept as ICAO writes them.
    assertThat(Countries.code("XXA")).contains("XXA");
    assertThat(Countries.code("RKS")).contains("RKS");
  }

  @Test
  void namesInEnglishRussianAndKazakhGiveTheCode() {
    assertThat(Countries.code("Tajikistan")).contains("TJK");
    assertThat(Countries.code("Таджикистан")).contains("TJK");
    assertThat(Countries.code("Тәжікстан")).contains("TJK");
    assertThat(Countries.code("Кыргызстан")).contains("KGZ");
    assertThat(Countries.code("Киргизия")).contains("KGZ");
    assertThat(Countries.code("Afghanistan")).contains("AFG");
    assertThat(Countries.code("Афганистан")).contains("AFG");
    assertThat(Countries.code("казахстан")).contains("KAZ");
    assertThat(Countries.code("Germany")).contains("DEU");
    // A picked option carrying its name after the code.
    assertThat(Countries.code("TJK — Таджикистан")).contains("TJK");
  }

  @Test
  void whatNamesNoCountryIsRefusedNotGuessed() {
    assertThat(Countries.code("")).isEmpty();
    assertThat(Countries.code("ZZ")).isEmpty();
    assertThat(Countries.code("Atlantis")).isEmpty();
    assertThat(Countries.known("TJ")).as("two letters are read, never stored").isFalse();
    assertThat(Countries.known("TJK")).isTrue();
  }

  @Test
  void namesAreInTheReadersLanguage() {
    assertThat(Countries.name("TJK", Locale.forLanguageTag("ru"))).isEqualTo("Таджикистан");
    assertThat(Countries.name("TJK", Locale.ENGLISH)).isEqualTo("Tajikistan");
    assertThat(Countries.name("KAZ", Locale.forLanguageTag("kk"))).isEqualTo("Қазақстан");
    assertThat(Countries.name("XXA", Locale.ENGLISH)).isEqualTo("XXA");
  }

  @Test
  void whatIsStoredIsTheCodeNullOrTheTextToRefuse() {
    assertThat(Countries.stored(" uz ")).isEqualTo("UZB");
    assertThat(Countries.stored("Қазақстан")).isEqualTo("KAZ");
    assertThat(Countries.stored("  ")).isNull();
    assertThat(Countries.stored(" Narnia ")).isEqualTo("Narnia");
  }

  @Test
  void aListOfCodesIsNamedInTheReadersLanguage() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
    try {
      assertThat(new Countries().namedAll("AFG,TJK, UZB"))
          .isEqualTo("Афганистан, Таджикистан, Узбекистан");
      assertThat(new Countries().namedAll("")).isEmpty();
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }
}
