package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryReadingsTest {

  private static String key(String name) {
    return NameNormaliser.tokens(name).get(0).key();
  }

  private static List<String> keys(List<Reading> readings) {
    return readings.stream().map(Reading::key).toList();
  }

  @Test
  void aPartWithYoIsAlsoReadWithYo() {
    assertThat(keys(QueryReadings.of("артём", key("Артём"), null))).contains(key("Artyom"));
    assertThat(keys(QueryReadings.of("pëtr", key("Pëtr"), null))).contains(key("Pyotr"));
  }

  @Test
  void withoutYoTheReadingsStayAsTheyAre() {
    List<Reading> readings = List.of(Reading.of("x"));
    assertThat(QueryReadings.withYo(readings, "ivan", key("Ivan"))).isSameAs(readings);
  }

  @Test
  void aGermanSpellingIsReadBackAsOtherSystemsWriteIt() {
    assertThat(keys(QueryReadings.of("schukow", key("Schukow"), null))).contains(key("Zhukov"));
  }

  @Test
  void theLettersAsWrittenAreAReadingOfTheirOwn() {
    String key = key("Conga");
    assertThat(keys(QueryReadings.of("conga", key, "songo"))).contains(Keys.fold("songo"));
    assertThat(keys(QueryReadings.of("conga", key, null))).doesNotContain(Keys.fold("songo"));
    assertThat(keys(QueryReadings.of("conga", key, "conga"))).doesNotContain(key);
  }
}
