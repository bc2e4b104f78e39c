package org.kuzet.finintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Account labels on the link chart stay short enough not to run into their neighbours. */
class LinkChartLabelsTest {

  @Test
  void aLongHolderNameIsCutWithAnEllipsisAndAShortOneKept() {
    String cut = LinkCharts.shorten("ТОО «Восточно-Казахстанская торговая компания»");
    assertThat(cut).hasSizeLessThanOrEqualTo(LinkCharts.LABEL_CHARS).endsWith("…").startsWith("ТОО «Восточно");
    assertThat(LinkCharts.shorten(" Ахметов Ерлан ")).isEqualTo("Ахметов Ерлан");
    assertThat(LinkCharts.shorten("KZ86125KZT5004100100")).isEqualTo("KZ86125KZT5004100100");
  }
}
