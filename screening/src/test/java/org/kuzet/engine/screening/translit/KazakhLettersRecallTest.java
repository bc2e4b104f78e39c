package org.kuzet.engine.screening.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;

/**
 * Recognition of the letters only Kazakh has (Ә Ғ Қ Ң Ө Ұ Ү Һ І), which the UN and OFAC lists never
 * write in Cyrillic: a national list of people listed in Kazakh Cyrillic, each name queried as
 * every system writes it. Common Kazakh given names, surnames and patronymics in -ұлы/-қызы.
 */
class KazakhLettersRecallTest {

  private static final List<String> NAMES =
      List.of(
          "Серікбаев Нұрлан Әбішұлы",
          "Жақсылықов Ерлан Қайратұлы",
          "Төлегенова Әйгерім Бақытжанқызы",
          "Құдайбергенов Ғалым Өмірзақұлы",
          "Үсенова Іңкәр Серікқызы",
          "Оңғарбаев Дәулет Жұмабекұлы",
          "Шәкенов Қуаныш Тұрсынұлы",
          "Әбдіхалықов Мұрат Һамитұлы",
          "Бекмұхамбетова Гүлнұр Қанатқызы",
          "Ыдырысов Ержан Нұрланұлы");

  private static final double FLOOR = 0.9;

  @Test
  void kazakhNamesAreFoundInEverySystem() throws WatchlistFormatException {
    StringBuilder csv = new StringBuilder("id,name,aliases,birth_date,nationality,document\n");
    for (int i = 0; i < NAMES.size(); i++) {
      csv.append("KZ-").append(i).append(',').append(NAMES.get(i)).append(",,,KZ,\n");
    }
    Watchlist list =
        Watchlists.parseNational(csv.toString().getBytes(StandardCharsets.UTF_8), "kz.csv", "KZ");
    ScreeningEngine engine = ScreeningEngine.of(list);

    StringBuilder report =
        new StringBuilder(
            "\nKazakh names ("
                + NAMES.size()
                + ") found per system, full name / given name and surname:\n");
    List<String> failures = new ArrayList<>();
    for (Transliteration t : Transliteration.romanisations()) {
      int full = 0;
      int shortForm = 0;
      List<String> missed = new ArrayList<>();
      for (int i = 0; i < NAMES.size(); i++) {
        String[] parts = NAMES.get(i).split(" ");
        String fullQuery = t.apply(parts[1] + " " + parts[2] + " " + parts[0]);
        String shortQuery = t.apply(parts[1] + " " + parts[0]);
        if (found(engine, fullQuery, "KZ-" + i)) {
          full++;
        } else {
          missed.add(fullQuery);
        }
        if (found(engine, shortQuery, "KZ-" + i)) {
          shortForm++;
        } else {
          missed.add(shortQuery);
        }
      }
      double fullRecall = full / (double) NAMES.size();
      double shortRecall = shortForm / (double) NAMES.size();
      report.append(
          String.format(
              Locale.ROOT,
              "  %-22s %.2f  %.2f  %s%n",
              t,
              fullRecall,
              shortRecall,
              missed.isEmpty() ? "" : "missed: " + String.join("; ", missed)));
      if (fullRecall < FLOOR || shortRecall < FLOOR) {
        failures.add(t.name());
      }
    }
    System.out.println(report);
    assertThat(failures).as("systems below " + FLOOR + report).isEmpty();
  }

  private static boolean found(ScreeningEngine engine, String query, String id) {
    for (ScreeningHit h : engine.screen(ScreeningQuery.of(query))) {
      if (h.entryId().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
