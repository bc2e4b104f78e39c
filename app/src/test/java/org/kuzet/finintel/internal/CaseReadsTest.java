package org.kuzet.finintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AuditDetail;

/** The reads of a case are audited as facts, worded from the bundles in each language. */
class CaseReadsTest {

  static String words(AuditDetail d, String suffix, String language) throws IOException {
    Properties p = new Properties();
    try (var in =
        CaseReadsTest.class.getResourceAsStream("/i18n/identity" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String pattern = p.getProperty(d.messageKey());
    assertThat(pattern).as(d.messageKey() + " in " + language).isNotNull();
    return new MessageFormat(pattern, new ULocale(language)).format(d.args().toArray());
  }

  @Test
  void aChartReadSaysItsPeriodOnlyWhenOneWasAsked() throws IOException {
    assertThat(words(CaseReads.chart(null, null), "", "en")).isEqualTo("link chart");
    assertThat(words(CaseReads.chart(LocalDate.of(2024, 1, 1), null), "", "en"))
        .isEqualTo("link chart, period 2024-01-01 to …");
    assertThat(words(CaseReads.chartAccount(42, null, LocalDate.of(2024, 2, 1)), "_ru", "ru"))
        .isEqualTo("схема связей: платежи счёта 42, период с … по 2024-02-01");
  }

  @Test
  void aTraceNamesItsTargetHopsAndWhereItWasAskedFrom() throws IOException {
    AuditDetail page = CaseReads.trace(" KZKOKZKX:KZ1 ", "", 2, null, null, false);
    assertThat(words(page, "", "en")).isEqualTo("flow trace from KZKOKZKX:KZ1, 2 hops");
    AuditDetail api = CaseReads.trace("a1", "a2", 1, null, null, true);
    assertThat(words(api, "", "en")).isEqualTo("flow trace from a1 to a2, 1 hop (API)");
    assertThat(words(api, "_ru", "ru")).isEqualTo("прослеживание денег от a1 до a2, 1 шаг (API)");
    assertThat(words(api, "_kk", "kk")).isEqualTo("ақша ағынын қадағалау: a1 → a2, 1 қадам (API)");
  }

  @Test
  void everyReadIsWordedInEveryLanguage() throws IOException {
    for (AuditDetail d :
        List.of(
            CaseReads.timeline(),
            CaseReads.chartTraced(List.of(1L, 2L)),
            AuditDetail.of("finintel.import", "extract.csv", "IBM", "Asia/Almaty"))) {
      for (String[] l :
          List.of(
              new String[] {"", "en"}, new String[] {"_ru", "ru"}, new String[] {"_kk", "kk"})) {
        assertThat(words(d, l[0], l[1])).isNotBlank().doesNotContain("{");
      }
    }
  }
}
