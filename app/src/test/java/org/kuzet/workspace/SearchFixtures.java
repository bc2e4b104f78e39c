package org.kuzet.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data for the search checks: names no other test uses, in Cyrillic and Latin, and forms. */
final class SearchFixtures {

  /** A name part in both scripts, e.g. «Жакенов» / "Zhakenov". */
  record Surname(String cyrillic, String latin) {}

  private static final String[][] SYLLABLES = {
    {"да", "da"}, {"ке", "ke"}, {"ло", "lo"}, {"му", "mu"}, {"ни", "ni"},
    {"жа", "zha"}, {"ха", "kha"}, {"ше", "she"}, {"ры", "ry"}, {"со", "so"}
  };

  private static final AtomicInteger SERIAL =
      new AtomicInteger((int) (System.nanoTime() % 9000) + 1000);
  private static final AtomicInteger PLATES = new AtomicInteger((int) (System.nanoTime() % 900));

  private SearchFixtures() {}

  /** A surname no other test uses: a fixed stem, four syllables from a serial number, -ov. */
  static Surname uniqueSurname(String stemCyrillic, String stemLatin) {
    String digits = Integer.toString(SERIAL.incrementAndGet());
    var cyr = new StringBuilder(stemCyrillic);
    var lat = new StringBuilder(stemLatin);
    for (char d : digits.toCharArray()) {
      cyr.append(SYLLABLES[d - '0'][0]);
      lat.append(SYLLABLES[d - '0'][1]);
    }
    return new Surname(cyr + "ов", lat + "ov");
  }

  /** A Kazakh-format plate in the 9xx range, which the interdiction checks do not use. */
  static String uniquePlate() {
    int n = PLATES.incrementAndGet();
    return String.format(
        "9%02d%s%02d",
        n % 100, "" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + 'Q', 1 + n % 17);
  }

  static long postId(JdbcClient jdbc, String code) {
    return jdbc.sql("SELECT id FROM intd_post WHERE code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  static String now() {
    return LocalDateTime.now(ZoneId.of("Asia/Almaty"))
        .withSecond(0)
        .withNano(0)
        .minusMinutes(SERIAL.get() % 500)
        .toString();
  }

  /** An inspection form with one driver of this name and birth date, posted by the given user. */
  static MockHttpServletRequestBuilder inspection(
      long postId, RequestPostProcessor user, String plate, String driver, String born) {
    return post("/interdiction/posts/{id}/log", postId)
        .with(user)
        .with(csrf())
        .param("inspectedAt", now())
        .param("plate", plate)
        .param("plateCountry", "KZ")
        .param("vehicleMake", "KAMAZ")
        .param("vehicleType", "TRUCK")
        .param("cargo", "cotton")
        .param("origin", "Shymkent")
        .param("destination", "Astana")
        .param("direction", "NORTH")
        .param("result", "CLEARED")
        .param("persons[0].role", "DRIVER")
        .param("persons[0].name", driver)
        .param("persons[0].documentType", "PASSPORT")
        .param("persons[0].documentNumber", "N" + plate)
        .param("persons[0].nationality", "KAZ")
        .param("persons[0].birthDate", born)
        .param("persons[0].sex", "M");
  }
}
