package org.kuzet.finintel.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Account labels on the link chart stay short enough not to run into their neighbours. */
class LinkChartLabelsTest {

  @Test
  void aLongHolderNameIsCutWithAnEllipsisAndAShortOneKept() {
    String cut = LinkCharts.shorten("ТОО «Восточно-Казахстанская торговая компания»");
    assertThat(cut)
        .hasSizeLessThanOrEqualTo(LinkCharts.LABEL_CHARS)
        .endsWith("…")
        .startsWith("ТОО «Восточно");
    assertThat(LinkCharts.shorten(" Ахметов Ерлан ")).isEqualTo("Ахметов Ерлан");
    assertThat(LinkCharts.shorten("KZ86125KZT5004100100")).isEqualTo("KZ86125KZT5004100100");
    // Accounts differ at their end: the middle is cut.
    assertThat(LinkCharts.shortenKey("KZ01:KZ86125KZT5004100100777"))
        .isEqualTo("KZ01:KZ8…5004100100777");
    assertThat(LinkCharts.shortenKey("KZ01:P0000144")).isEqualTo("KZ01:P0000144");
  }
}
