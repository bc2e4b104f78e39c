package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** One money and number format per language: a comma and no-break spaces in Russian and Kazakh. */
class MoneyFormatTest {

  private final Formats formats = new Formats(new StaticMessageSource(), "Asia/Almaty");

  @Test
  void russianAndKazakhGroupWithNoBreakSpacesAndUseADecimalComma() {
    var amount = new BigDecimal("4670.99");
    assertThat(formats.money(amount, "USD", Locale.forLanguageTag("ru")))
        .isEqualTo("4\u00a0670,99 USD");
    assertThat(formats.money(amount, "USD", Locale.forLanguageTag("kk")))
        .isEqualTo("4\u00a0670,99 USD");
    assertThat(formats.money(new BigDecimal("1250000"), "KZT", Locale.forLanguageTag("ru")))
        .isEqualTo("1\u00a0250\u00a0000,00 KZT");
  }

  @Test
  void englishGroupsWithCommasAndUsesADecimalPoint() {
    assertThat(formats.money(new BigDecimal("4670.99"), "USD", Locale.ENGLISH))
        .isEqualTo("4,670.99 USD");
    assertThat(formats.money(new BigDecimal("4670.999"), null, Locale.ENGLISH))
        .isEqualTo("4,671.00");
    assertThat(formats.money(null, "USD", Locale.ENGLISH)).isEqualTo("—");
  }

  @Test
  void aDecimalKeepsItsDecimalsInTheSameForm() {
    assertThat(formats.decimal(new BigDecimal("4670.90"), Locale.forLanguageTag("ru")))
        .isEqualTo("4\u00a0670,90");
    assertThat(formats.decimal(new BigDecimal("4670.90"), Locale.ENGLISH)).isEqualTo("4,670.90");
    assertThat(formats.decimal(new BigDecimal("0.05"), Locale.forLanguageTag("kk")))
        .isEqualTo("0,05");
  }
}
