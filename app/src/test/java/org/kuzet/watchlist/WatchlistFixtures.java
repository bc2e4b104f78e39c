package org.kuzet.watchlist;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;

/** Small list and batch files made for the tests, each list under a name no other test uses. */
final class WatchlistFixtures {

  private WatchlistFixtures() {}

  static final String HEADER = "id,name,aliases,birth_date,nationality,document\n";

  /** A list name no other test (or earlier run on the same database) has used. */
  static String uniqueListName() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A made-up surname unlike any real list's names, so only the test's own list can hit it. */
  static String uniqueSurname() {
    String letters = "bdfgklmnprstvz";
    String vowels = "aeiou";
    var r = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
    StringBuilder s = new StringBuilder("Q");
    for (int i = 0; i < 4; i++) {
      s.append(letters.charAt(r.nextInt(letters.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
    }
    return s.append("xov").toString();
  }

  /** Version 1: three persons. */
  static String nationalV1(String surnameA, String surnameB, String surnameC) {
    return HEADER
        + "A1," + surnameA + " Zhanibek,,1971-03-04,Kazakhstan,N1111111\n"
        + "B2," + surnameB + " Oralbek,,1980,Kazakhstan,\n"
        + "C3," + surnameC + " Temirlan,,,,\n";
  }

  /** Version 2: A1 unchanged, B2 changed (birth date), C3 removed, D4 added. */
  static String nationalV2(String surnameA, String surnameB, String surnameD) {
    return HEADER
        + "A1," + surnameA + " Zhanibek,,1971-03-04,Kazakhstan,N1111111\n"
        + "B2," + surnameB + " Oralbek,,1981-06-07,Kazakhstan,\n"
        + "D4," + surnameD + " Bauyrzhan,,,,\n";
  }

  static MockMultipartFile csv(String name, String content) {
    return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }
}
