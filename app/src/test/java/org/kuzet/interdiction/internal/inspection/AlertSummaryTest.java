package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.interdiction.AlertSentences;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AlertSummaryTest {

  static ResourceBundleMessageSource interdictionWords() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/interdiction");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void eachShapeIsWordedInRussianAndKazakhWithItsArguments() {
    var words = interdictionWords();
    var watch =
        AlertSummary.watchlist("Асанов Берик", "UN", "QDi.123", "Asanov Berik", 93, "Жибек Жолы");
    String ru = words.getMessage(watch.key(), watch.arguments(), Locale.forLanguageTag("ru"));
    String kk = words.getMessage(watch.key(), watch.arguments(), Locale.forLanguageTag("kk"));
    assertThat(ru)
        .isEqualTo(
            "Асанов Берик совпадает с записью QDi.123 списка UN (Asanov Berik, оценка 93) на посту Жибек Жолы");
    assertThat(kk)
        .contains("Асанов Берик", "QDi.123", "93", "Жибек Жолы")
        .doesNotContain("matches", "score");
    var vehicle = AlertSummary.lookoutVehicle(1234, "123ABC02", "Жибек Жолы");
    assertThat(words.getMessage(vehicle.key(), vehicle.arguments(), Locale.forLanguageTag("ru")))
        .isEqualTo(
            "Ориентировка №1234: транспортное средство 123ABC02 остановлено на посту Жибек Жолы");
    for (AlertSummary s :
        List.of(
            watch,
            vehicle,
            AlertSummary.lookoutPerson(7, "Ким", "Кордай"),
            AlertSummary.rescreen("Ким", "Кордай", "OFAC", "9", "Kim", 88))) {
      for (String lang : List.of("ru", "kk")) {
        String text = words.getMessage(s.key(), s.arguments(), Locale.forLanguageTag(lang));
        assertThat(text).doesNotContain("{", "stopped", "matches", "inspected", "Lookout");
      }
    }
  }

  @Test
  void theEnglishSentenceReadsBackToTheSameFactsAsTheMigrationDoes() {
    for (AlertSummary s :
        List.of(
            AlertSummary.watchlist(
                "Asanov Berik", "UN", "QDi.123", "ASANOV, Berik", 93, "Zhibek Zholy"),
            AlertSummary.lookoutVehicle(12, "123ABC02", "Kordai"),
            AlertSummary.lookoutPerson(13, "Ким Виктор", "Kordai"),
            AlertSummary.rescreen("Ким Виктор", "Kordai", "OFAC SDN", "9", "KIM, Viktor", 88))) {
      AlertSentences.Read read = AlertSentences.read(s.english());
      assertThat(read).as(s.english()).isNotNull();
      assertThat(read.shape()).isEqualTo(s.shape().name());
      assertThat(read.args()).isEqualTo(s.args());
      assertThat(AlertSummary.stored(read.shape(), read.storedArgs())).isEqualTo(s);
    }
    assertThat(AlertSentences.read("something else")).isNull();
  }

  @Test
  void storedFactsReadBackAndBadOnesAreNone() {
    var s = AlertSummary.lookoutPerson(5, "a\u001Fb", "post");
    assertThat(s.args()).containsExactly("5", "a b", "post");
    assertThat(AlertSummary.stored(s.shape().name(), s.storedArgs())).isEqualTo(s);
    assertThat(AlertSummary.stored("NO_SUCH", "x")).isNull();
    assertThat(AlertSummary.stored("WATCHLIST", "too\u001Ffew")).isNull();
    assertThat(AlertSummary.stored(null, null)).isNull();
    assertThatThrownBy(() -> new AlertSummary(AlertSummary.Shape.LOOKOUT_VEHICLE, List.of("1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
