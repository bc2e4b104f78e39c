package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The threshold only cuts the answer, never changes it: the candidates the engine leaves unscored
 * at a threshold are names that could not reach it. Most at risk are names whose given name and
 * patronymic share a stem (Viktoriya Viktorovna), where one query part's keys meet two list parts
 * and the other query part, misspelt, meets none.
 */
class ThresholdPruningTest {

  private static final ScreeningEngine ENGINE = engine();

  private static ScreeningEngine engine() {
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "P-1,\"BORISOVA, Viktoriya Viktorovna\",,,,",
            "P-2,\"KONSTANTINOV, Konstantin Konstantinovich\",,,,",
            "P-3,\"YAROSLAVTSEVA, Yaroslava Yaroslavovna\",,,,",
            "P-4,\"STANISLAVSKY, Stanislav Stanislavovich\",,,,",
            "P-5,\"VLADIMIROV, Vladimir Vladimirovich\",,,,",
            "P-6,\"ZAKHAROVA, Maria Zakharovna\",,,,",
            "");
    try {
      return ScreeningEngine.of(
          Watchlists.parseNational(csv.getBytes(StandardCharsets.UTF_8), "stems.csv", "STEMS"));
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vitkorjia Viktorowna Borisowa",
        "Viktoriya Viktorovna Borisova",
        "Kosntantni Konstantinowitsch Konstantinow",
        "Jaroslvaq Jaroslawowna Jaroslawzewa",
        "Stnaislaw Stanislawowitsch Stanislawski",
        "Vladmiri Vladimirovič Vladimirov",
        "Mraiq Zacharowna Zacharowa"
      })
  void theDefaultThresholdKeepsEveryHitThatReachesIt(String name) {
    ScreeningQuery query = ScreeningQuery.of(name);
    List<String> atThreshold =
        ENGINE.screen(query).stream().map(h -> h.entryId() + " " + h.score()).toList();
    List<String> unpruned =
        ENGINE.screen(query, 0, 1000).stream()
            .filter(h -> h.score() >= ScreeningEngine.DEFAULT_THRESHOLD)
            .map(h -> h.entryId() + " " + h.score())
            .toList();
    assertThat(atThreshold).isEqualTo(unpruned);
  }
}
