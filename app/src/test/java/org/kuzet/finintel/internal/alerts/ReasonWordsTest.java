package org.kuzet.finintel.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An alert's reason in the reader's language, its amounts and money paths included. */
class ReasonWordsTest {

  private final ReasonWords words = words();

  private static ReasonWords words() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/finintel");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ReasonWords(source, new Formats(source, "Asia/Almaty"));
  }

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aCyclePathShowsEachHopsAmountInTheReadersFormWithoutTheStoredDecimals() {
    String facts =
        ReasonWords.encode(
            AlertFacts.of(
                "CYCLE",
                "KZ06:A",
                3,
                20,
                "KZ06:A -[5975 27210.32000000]-> KZ07:B -[6294 26000.00000000]-> KZ06:A"));

    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
    String ru = words.of(facts, "english");
    assertThat(ru)
        .contains("KZ06:A \u2192 27\u00a0210,32 \u2192 KZ07:B \u2192 26\u00a0000 \u2192 KZ06:A")
        .doesNotContain("-[")
        .doesNotContain("0000");

    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(words.of(facts, "english")).contains("KZ06:A \u2192 27,210.32 \u2192 KZ07:B");
  }

  @Test
  void withoutFactsTheStoredReasonShows() {
    assertThat(words.of(null, "stored reason")).isEqualTo("stored reason");
  }
}
