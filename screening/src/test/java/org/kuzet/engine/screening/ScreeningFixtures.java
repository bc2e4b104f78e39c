package org.kuzet.engine.screening;

import java.nio.charset.StandardCharsets;

/** Small lists for matching tests, built through the real national-CSV reader. */
final class ScreeningFixtures {

  private ScreeningFixtures() {}

  static Watchlist nationalList() {
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "KZ-001,Нұрлан Әбішұлы Серікбаев,Serikbayev Nurlan Abishevich,1975-03-02,Kazakhstan,N12345678",
            "KZ-002,Айгүл Серікбаева,,1981-07-15,KZ,",
            "KZ-003,Евгений Викторович Пригожин,,1961-06-01,Russian Federation,",
            "KZ-004,Нурлан Жаксылыков,,1969,KZ,",
            "KZ-005,Дмитрий Юрьевич Щербаков,,1970-01-01,RU,",
            "KZ-006,Ержан Хасенович Тлеубаев,,,KZ,",
            "");
    try {
      return Watchlists.parseNational(
          csv.getBytes(StandardCharsets.UTF_8), "kz-test.csv", "KZ-TEST");
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static ScreeningEngine engine() {
    return ScreeningEngine.of(nationalList());
  }
}
