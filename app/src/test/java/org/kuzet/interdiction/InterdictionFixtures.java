package org.kuzet.interdiction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Intention-named test data for the interdiction checks: unique plates, posts, forms. */
final class InterdictionFixtures {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final String CDC_POST = "CP-M39-MERKE";
  static final String BG_POST = "BCP-KORDAY";

  /** The passport specimen of ICAO Doc 9303 part 4. */
  static final String TD3 =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 90000));

  private InterdictionFixtures() {}

  /** A Kazakh-format plate no other test uses, e.g. {@code 123ABC02}. */
  static String uniquePlate() {
    int n = SERIAL.incrementAndGet();
    String letters =
        "" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + (char) ('A' + (n / 676) % 26);
    return String.format("%03d%s%02d", n % 1000, letters, 1 + (n / 17576) % 17);
  }

  /** The driver's passport number the fixtures give a plate's inspection. */
  static String documentFor(String plate) {
    return "N" + plate.replaceAll("[^A-Z0-9]", "");
  }

  static long postId(JdbcClient jdbc, String code) {
    return jdbc.sql("SELECT id FROM intd_post WHERE code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  static String now() {
    return LocalDateTime.now(ALMATY).withSecond(0).withNano(0).toString();
  }

  /** A filled inspection form with a driver, posted by the given user. */
  static MockHttpServletRequestBuilder inspection(
      long postId, RequestPostProcessor user, String plate, String at) {
    return inspection(postId, user, plate, at, "1979-03-14");
  }

  /** The same, with the driver's birth date as typed. */
  static MockHttpServletRequestBuilder inspection(
      long postId, RequestPostProcessor user, String plate, String at, String driverBorn) {
    return post("/interdiction/posts/{id}/log", postId)
        .with(user)
        .with(csrf())
        .param("inspectedAt", at)
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
        .param("persons[0].name", "Бекмуханов Ерболат")
        .param("persons[0].documentType", "PASSPORT")
        .param("persons[0].documentNumber", documentFor(plate))
        .param("persons[0].nationality", "KAZ")
        .param("persons[0].birthDate", driverBorn)
        .param("persons[0].sex", "M");
  }
}
