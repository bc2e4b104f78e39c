package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Kazakhstan's regions read by their official name in the reader's language. */
class RegionsTest {

  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  @Test
  void oblastsAndCitiesHaveTheirNameInEveryLanguage() {
    assertThat(Regions.nameIn("KZ-KZY", Locale.ENGLISH)).contains("Kyzylorda Region");
    assertThat(Regions.nameIn("KZ-KZY", RU)).contains("Кызылординская область");
    assertThat(Regions.nameIn("KZ-KZY", KK)).contains("Қызылорда облысы");
    assertThat(Regions.nameIn("KZ-ALA", KK)).contains("Алматы");
    assertThat(Regions.nameIn("KZ-SEV", RU)).contains("Северо-Казахстанская область");
    // The old letter code of South Kazakhstan names today's Turkistan Region.
    assertThat(Regions.nameIn("kz-yuz", RU)).contains("Туркестанская область");
    // The numeric codes name the same regions, and the regions formed in 2022.
    assertThat(Regions.nameIn("KZ-43", KK)).contains("Қызылорда облысы");
    assertThat(Regions.nameIn("KZ-62", RU)).contains("Улытауская область");
    assertThat(Regions.nameIn("KG-C", RU)).isEmpty();
    assertThat(Regions.codes()).hasSize(37);
  }

  @Test
  void pagesFallBackToTheStoredNameForACodeTheTableLacks() {
    var regions = new Regions();
    LocaleContextHolder.setLocale(RU);
    try {
      assertThat(regions.name("KZ-ZHA", "Jambyl Region")).isEqualTo("Жамбылская область");
      assertThat(regions.name("KG-C", "Chuy Region")).isEqualTo("Chuy Region");
      assertThat(regions.name("KG-C", null)).isEqualTo("KG-C");
      assertThat(regions.names())
          .containsEntry("KZ-PAV", "Павлодарская область")
          .doesNotContainKey("KZ-55");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }
}
