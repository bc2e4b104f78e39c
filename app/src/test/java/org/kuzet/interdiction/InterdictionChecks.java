package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kuzet.interdiction.InterdictionFixtures.BG_POST;
import static org.kuzet.interdiction.InterdictionFixtures.CDC_POST;
import static org.kuzet.interdiction.InterdictionFixtures.inspection;
import static org.kuzet.interdiction.InterdictionFixtures.now;
import static org.kuzet.interdiction.InterdictionFixtures.postId;
import static org.kuzet.interdiction.InterdictionFixtures.uniquePlate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.internal.AuditWords;
import org.kuzet.testing.As;
import org.kuzet.watchlist.WatchlistActivated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post at work on a real database: logging, MRZ, lookouts and live alerts, seizures, refusals.
 */
@RecordApplicationEvents
abstract class InterdictionChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired AuditWords auditWords;
  @LocalServerPort int port;

  // ---- logging -----------------------------------------------------------------------------

  @Test
  void officerLogsAnInspectionAndSeesItsRecord() throws Exception {
    String plate = uniquePlate();
    long id =
        logged(
            mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, now()))
                .andReturn());
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(plate)))
        .andExpect(content().string(containsString("Бекмуханов Ерболат")));
    var row =
        jdbc.sql(
                "SELECT plate_key, person_count, officer, agency_code FROM intd_inspection WHERE id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("plate_key")).isEqualTo(plate);
    assertThat(row.get("person_count")).isEqualTo(1);
    assertThat(row.get("agency_code")).isEqualTo("CDC_MOI");
    assertThat(
            jdbc.sql("SELECT name_key FROM intd_person WHERE inspection_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("BEKMUHANOV ERBOLAT");
  }

  @Test
  void anInspectionInTheFutureOrABirthAfterItIsRefusedWithTheReason() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    String tomorrow =
        LocalDateTime.now(InterdictionFixtures.ALMATY)
            .plusDays(1)
            .withNano(0)
            .withSecond(0)
            .toString();
    mvc.perform(inspection(post, as.user("officer.cdc"), plate, tomorrow))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Time of inspection: is in the future")));
    mvc.perform(inspection(post, as.user("officer.cdc"), plate, now(), "2031-01-01"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Person 1, birth date: is after the inspection")));
    mvc.perform(inspection(post, as.user("officer.cdc"), plate, now(), "1979-02-30"))
        .andExpect(content().string(containsString("Person 1, birth date: is not a date")));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate)).isZero();
  }

  @Test
  void theSamePlateAtTheSamePostInTheSameMinuteIsFlaggedNotSavedTwice() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    String at = now();
    long first =
        logged(mvc.perform(inspection(post, as.user("officer.cdc"), plate, at)).andReturn());
    mvc.perform(
            inspection(
                post, as.user("officer.cdc"), plate.substring(0, 3) + " " + plate.substring(3), at))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("already logged at this post in the same minute")));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate))
        .isEqualTo(1);
    long second =
        logged(
            mvc.perform(
                    inspection(post, as.user("officer.cdc"), plate, at)
                        .param("confirmDuplicate", "true"))
                .andReturn());
    assertThat(
            jdbc.sql("SELECT duplicate_of FROM intd_inspection WHERE id = ?")
                .param(second)
                .query(Long.class)
                .single())
        .isEqualTo(first);
  }

  // ---- watchlist screening -------------------------------------------------------------------

  @Test
  void aListedPassengerIsHitAtLoggingWithTheListVersionsScreened() throws Exception {
    String plate = uniquePlate();
    long id =
        logged(
            mvc.perform(
                    inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, now())
                        .param("persons[1].role", "PASSENGER")
                        .param("persons[1].name", "Жаксылыков Ерлан")
                        .param("persons[1].documentType", "PASSPORT")
                        .param("persons[1].documentNumber", "N12345678")
                        .param("persons[1].birthDate", "1985-11-03")
                        .param("persons[1].nationality", "KAZ"))
                .andReturn());
    var hit =
        jdbc.sql("SELECT * FROM intd_hit WHERE inspection_id = ? AND list_name = 'KZ-NATIONAL'")
            .param(id)
            .query()
            .singleRow();
    assertThat(hit.get("entry_id")).isEqualTo("KZN-002");
    assertThat(hit.get("found_by")).isEqualTo("LOGGING");
    assertThat((String) hit.get("list_versions")).contains("KZ-NATIONAL=").contains("UN=");
    assertThat((String) hit.get("explanation")).contains("Жаксылыков");
    assertThat(
            jdbc.sql("SELECT screened FROM intd_inspection WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            count(
                "SELECT COUNT(*) FROM intd_alert WHERE inspection_id = ? AND kind = 'WATCHLIST_HIT'",
                id))
        .isEqualTo(1);
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("officer.cdc")))
        .andExpect(content().string(containsString("KZN-002")))
        .andExpect(content().string(containsString("Lists screened:")));
    // In Kazakh the versions read as list, load date and version number; the hashes stay in the
    // title.
    String kk =
        mvc.perform(
                get("/interdiction/inspections/{id}", id)
                    .param("lang", "kk")
                    .with(as.user("officer.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var versions = Jsoup.parse(kk).select("#hits .hit .muted span[title]").first();
    assertThat(versions).isNotNull();
    assertThat(versions.text())
        .containsPattern("KZ-NATIONAL \\(\\d\\d\\.\\d\\d\\.\\d{4} жүктелген \\d+-нұсқа\\)")
        .doesNotContainPattern("[0-9a-f]{20}");
    assertThat(versions.attr("title")).contains("KZ-NATIONAL=");
    // The driver, on no list, has no hit.
    assertThat(
            count(
                "SELECT COUNT(*) FROM intd_hit h JOIN intd_person p ON p.id = h.person_id"
                    + " WHERE h.inspection_id = ? AND p.role = 'DRIVER'",
                id))
        .isZero();
  }

  @Test
  void peopleInspectedLatelyAreScreenedAgainWhenAListIsActivated() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    // An inspection logged before the list knew this person: no hit recorded then.
    jdbc.sql(
            """
        INSERT INTO intd_inspection (post_id, inspected_at, plate, plate_key, plate_country, vehicle_type,
          direction, result, person_count, hit_count, screened, officer, agency_code, created_at)
        VALUES (?, ?, ?, ?, 'KGZ', 'CAR', 'NORTH', 'CLEARED', 1, 0, TRUE, 'officer.cdc', 'CDC_MOI', ?)""")
        .params(
            post,
            OffsetDateTime.now().minusDays(3),
            plate,
            plate,
            OffsetDateTime.now().minusDays(3))
        .update();
    long id =
        jdbc.sql("SELECT id FROM intd_inspection WHERE plate_key = ?")
            .param(plate)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
        INSERT INTO intd_person (inspection_id, post_id, inspected_at, role, name, name_key, document_type,
          document_number, birth_date, nationality, from_mrz)
        VALUES (?, ?, ?, 'DRIVER', 'Осмонов Бакыт Жумабекович', 'x', 'PASSPORT', 'AN2345678', ?, 'KGZ', FALSE)""")
        .params(id, post, OffsetDateTime.now().minusDays(3), LocalDate.of(1977, 9, 30))
        .update();

    transactions.executeWithoutResult(
        t ->
            publisher.publishEvent(
                new WatchlistActivated("KZ-NATIONAL", "test-version", Instant.now())));

    awaitCount(
        "SELECT COUNT(*) FROM intd_hit WHERE inspection_id = ? AND found_by = 'RESCREEN' AND entry_id = 'KZN-006'",
        id,
        1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM intd_alert WHERE inspection_id = ? AND kind = 'RESCREEN_HIT'",
                id))
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT hit_count FROM intd_inspection WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(1);
    // A second activation finds nothing new: hits are recorded once.
    transactions.executeWithoutResult(
        t ->
            publisher.publishEvent(
                new WatchlistActivated("KZ-NATIONAL", "test-version-2", Instant.now())));
    assertThat(
            count(
                "SELECT COUNT(*) FROM intd_hit WHERE inspection_id = ? AND entry_id = 'KZN-006'",
                id))
        .isEqualTo(1);
  }

  // ---- MRZ ---------------------------------------------------------------------------------

  @Test
  void aPassportZoneFillsThePersonAndABrokenDigitIsNamed() throws Exception {
    mvc.perform(
            post("/interdiction/mrz")
                .param("index", "1")
                .param("persons[1].mrz", InterdictionFixtures.TD3)
                .with(as.user("guard.bg"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"ANNA MARIA ERIKSSON\"")))
        .andExpect(content().string(containsString("value=\"L898902C3\"")))
        .andExpect(content().string(containsString("value=\"1974-08-12\"")))
        .andExpect(content().string(containsString("mrz-ok")));
    mvc.perform(
            post("/interdiction/mrz")
                .param("index", "0")
                .param(
                    "persons[0].mrz", InterdictionFixtures.TD3.replace("L898902C36", "L898902C35"))
                .with(as.user("guard.bg"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Document number")))
        .andExpect(content().string(containsString("line 2, column 10")));
  }

  @Test
  void aDocumentsExpiryReadOrTypedIsStoredAndShownWithItsWarning() throws Exception {
    // Read from the zone: the form carries the date and warns (TD3's passport expired 15.04.2012).
    mvc.perform(
            post("/interdiction/mrz")
                .param("index", "1")
                .param("persons[1].mrz", InterdictionFixtures.TD3)
                .with(as.user("guard.bg"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"2012-04-15\"")))
        .andExpect(content().string(containsString("This document expired on 15.04.2012.")));
    // Typed: the driver's passport expires in 30 days; the passenger's, read from its zone on
    // saving, expired on 01.01.2020.
    String plate = uniquePlate();
    String soon = LocalDate.now(InterdictionFixtures.ALMATY).plusDays(30).toString();
    long id =
        logged(
            mvc.perform(
                    inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, now())
                        .param("persons[0].documentExpiry", soon)
                        .param("persons[1].role", "PASSENGER")
                        .param(
                            "persons[1].mrz",
                            InspectionBrowserIT.passport(
                                "IVANOVA",
                                "ANNA",
                                "E" + plate.replaceAll("\\D", ""),
                                "KAZ",
                                "900101",
                                "F",
                                "200101")))
                .andReturn());
    assertThat(
            jdbc.sql(
                    "SELECT document_expiry FROM intd_person WHERE inspection_id = ? ORDER BY role, id")
                .param(id)
                .query(LocalDate.class)
                .list())
        .containsExactly(LocalDate.parse(soon), LocalDate.of(2020, 1, 1));
    String soonShown = LocalDate.parse(soon).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    mvc.perform(
            get("/interdiction/inspections/{id}", id)
                .param("lang", "ru")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Действителен до")))
        .andExpect(content().string(containsString(soonShown)))
        .andExpect(content().string(containsString("Истекает в течение 90 дней")))
        .andExpect(content().string(containsString("01.01.2020")))
        .andExpect(content().string(containsString("Просрочен")))
        .andExpect(content().string(containsString("Казахстан")));
    mvc.perform(get("/api/interdiction/inspections/{id}/persons", id).with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"documentExpiry\":\"" + soon + "\"")))
        .andExpect(content().string(containsString("\"documentExpiry\":\"2020-01-01\"")));
    // Another agency's officer sees neither the page nor the persons.
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("guard.bg")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/interdiction/inspections/{id}/persons", id).with(as.user("guard.bg")))
        .andExpect(status().isNotFound());
    // A typed date that is no date stops the save with the reason.
    String other = uniquePlate();
    mvc.perform(
            inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), other, now())
                .param("persons[0].documentExpiry", "2031-02-30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not a date")));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", other)).isZero();
  }

  @Test
  void regionsAreNamedInTheReadersLanguage() throws Exception {
    long post = postId(jdbc, CDC_POST);
    mvc.perform(
            get("/interdiction/posts/{id}", post).param("lang", "ru").with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Жамбылская область")))
        .andExpect(content().string(not(containsString("(KZ-ZHA)"))));
    mvc.perform(get("/interdiction").param("lang", "kk").with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Жамбыл облысы")));
  }

  @Test
  void aCrossingsNeighbourCountryIsNamedInTheReadersLanguage() throws Exception {
    assertThat(
            jdbc.sql("SELECT neighbour_country FROM intd_post WHERE code = ?")
                .param(BG_POST)
                .query(String.class)
                .single())
        .isEqualTo("KGZ");
    long post = postId(jdbc, BG_POST);
    mvc.perform(get("/interdiction/posts/{id}", post).param("lang", "ru").with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ak-Zhol (Кир")))
        .andExpect(content().string(not(containsString("(KGZ)"))));
    mvc.perform(get("/interdiction/posts/{id}", post).with(as.user("guard.bg")))
        .andExpect(content().string(containsString("Ak-Zhol (Kyrgyzstan)")));
  }

  @Test
  void aBrokenZoneTypedIntoTheFormStopsTheSave() throws Exception {
    String plate = uniquePlate();
    mvc.perform(
            inspection(postId(jdbc, BG_POST), as.user("guard.bg"), plate, now())
                .param("direction", "ENTRY")
                .param("persons[1].mrz", InterdictionFixtures.TD3.replace("7408122F", "7408132F")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Birth date")));
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate)).isZero();
  }

  // ---- refusals by role and agency -----------------------------------------------------------

  @Test
  void officersWorkOnlyAtTheirOwnAgencysPosts() throws Exception {
    long cdcPost = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    mvc.perform(inspection(cdcPost, as.user("guard.bg"), plate, now()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/interdiction/posts/{id}/log", cdcPost).with(as.user("guard.bg")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/interdiction/posts/{id}", cdcPost).with(as.user("guard.bg")))
        .andExpect(status().isForbidden());
    // Analysts read their agency's records but do not log at the post.
    mvc.perform(inspection(cdcPost, as.user("analyst.cdc"), plate, now()))
        .andExpect(status().isForbidden());
    assertThat(count("SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ?", plate)).isZero();

    long id =
        logged(mvc.perform(inspection(cdcPost, as.user("officer.cdc"), plate, now())).andReturn());
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("analyst.cdc")))
        .andExpect(status().isOk());
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("guard.bg")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("analyst.bg")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/interdiction").with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("investigator.fp")))
        .andExpect(status().isForbidden());
  }

  // ---- lookouts and live alerts ----------------------------------------------------------------

  @Test
  void aWantedVehicleRaisesALiveAlertAtThePostAndForTheIssuer() throws Exception {
    String plate = uniquePlate();
    long lookout = issueVehicleLookout("analyst.bg", plate, "ALL");

    try (var stream = SseClient.signIn(port, "officer.cdc")) {
      // The plate as typed on a Cyrillic keyboard: А, В, С look like A, B, C.
      String typed =
          plate.substring(0, 3) + " " + cyrillic(plate.substring(3, 6)) + " " + plate.substring(6);
      long id =
          logged(
              mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), typed, now()))
                  .andReturn());

      String event = stream.awaitEvent("alert", "Lookout #" + lookout + ":");
      assertThat(event).contains("/interdiction/inspections/" + id).contains("Merke");

      mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("officer.cdc")))
          .andExpect(content().string(containsString("Lookout #" + lookout)));
      var alerts =
          jdbc.sql(
                  "SELECT id, recipient, agency_code FROM intd_alert WHERE inspection_id = ? ORDER BY id")
              .param(id)
              .query()
              .listOfRows();
      assertThat(alerts).hasSize(2);
      assertThat(alerts.get(0).get("agency_code")).isEqualTo("CDC_MOI");
      assertThat(alerts.get(1).get("recipient")).isEqualTo("analyst.bg");

      // The issuer acknowledges; another agency's officer may not.
      long issuerAlert = ((Number) alerts.get(1).get("id")).longValue();
      mvc.perform(
              post("/interdiction/alerts/{id}/ack", issuerAlert)
                  .with(as.user("officer.cdc"))
                  .with(csrf()))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/interdiction/alerts/{id}/ack", issuerAlert)
                  .with(as.user("analyst.bg"))
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Acknowledged by analyst.bg")));

      // The post answers the lookout.
      mvc.perform(
              post("/interdiction/inspections/{id}/feedback", id)
                  .param("lookoutId", Long.toString(lookout))
                  .param("action", "SEARCHED_NOTHING_FOUND")
                  .param("note", "cabin and trailer searched")
                  .with(as.user("officer.cdc"))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
      mvc.perform(get("/interdiction/lookouts/{id}", lookout).with(as.user("analyst.bg")))
          .andExpect(content().string(containsString("cabin and trailer searched")));
    }
  }

  @Test
  void aLookoutForOtherAgenciesPostsStaysInsideThem() throws Exception {
    String name = "Тестов Лукаут " + uniquePlate();
    long bgPost = postId(jdbc, BG_POST);
    mvc.perform(
            post("/interdiction/lookouts")
                .with(as.user("analyst.bg"))
                .with(csrf())
                .param("subject", "PERSON")
                .param("personName", name)
                .param("reason", "courier")
                .param("scope", "POSTS")
                .param("postIds", Long.toString(bgPost))
                .param("expires", LocalDate.now().plusDays(5).toString()))
        .andExpect(redirectedUrlPattern("/interdiction/lookouts/*"));
    long id =
        jdbc.sql("SELECT id FROM intd_lookout WHERE person_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    mvc.perform(get("/interdiction/lookouts/{id}", id).with(as.user("guard.bg")))
        .andExpect(status().isOk());
    mvc.perform(get("/interdiction/lookouts/{id}", id).with(as.user("analyst.cdc")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/interdiction/lookouts").with(as.user("officer.cdc")))
        .andExpect(content().string(Matchers.not(containsString(name))));
    mvc.perform(get("/interdiction/lookouts/new").with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aPersonLookoutMatchesByDocumentNumber() throws Exception {
    String plate = uniquePlate();
    String doc = InterdictionFixtures.documentFor(plate);
    mvc.perform(
            post("/interdiction/lookouts")
                .with(as.user("analyst.cdc"))
                .with(csrf())
                .param("subject", "PERSON")
                .param("documentNumber", doc)
                .param("reason", "known courier")
                .param("scope", "REGION")
                .param("regionIso", "KZ-ZHA")
                .param("expires", LocalDate.now().plusDays(5).toString()))
        .andExpect(status().is3xxRedirection());
    long id =
        logged(
            mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, now()))
                .andReturn());
    assertThat(
            jdbc.sql(
                    "SELECT explanation FROM intd_hit WHERE inspection_id = ? AND kind = 'LOOKOUT'")
                .param(id)
                .query(String.class)
                .single())
        .contains("document number " + doc + " matches");
    // The page words why from the hit's facts, in the reader's language.
    assertThat(
            jdbc.sql(
                    "SELECT explanation_facts FROM intd_hit WHERE inspection_id = ? AND kind = 'LOOKOUT'")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("DOCUMENT\u001F");
    mvc.perform(
            get("/interdiction/inspections/{id}", id)
                .param("lang", "ru")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("Номер документа " + doc + " совпадает с ориентировкой №")))
        .andExpect(content().string(containsString("(выдал(а) analyst.cdc): known courier")))
        .andExpect(content().string(containsString(plate + " (Казахстан)")))
        .andExpect(content().string(not(containsString("document number " + doc + " matches"))));
    mvc.perform(
            get("/interdiction/inspections/{id}", id)
                .param("lang", "kk")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(doc + " құжат нөмірі №")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "бағдармен сәйкес келеді (analyst.cdc шығарған): known courier")));
  }

  @Test
  void aLookoutWithoutAPlateOrInThePastIsRefused() throws Exception {
    mvc.perform(
            post("/interdiction/lookouts")
                .with(as.user("analyst.cdc"))
                .with(csrf())
                .param("subject", "VEHICLE")
                .param("reason", "x")
                .param("scope", "ALL")
                .param("expires", LocalDate.now().minusDays(2).toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Plate: a vehicle lookout needs a plate")))
        .andExpect(content().string(containsString("Expiry: is not in the future")));
  }

  // ---- seizures and custody ----------------------------------------------------------------

  @Test
  void aSeizureAfterALookoutLinksToItKeepsItsCustodyAndIsPublished() throws Exception {
    String plate = uniquePlate();
    long lookout = issueVehicleLookout("analyst.cdc", plate, "ALL");
    long inspection =
        logged(
            mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, now()))
                .andReturn());
    MvcResult saved =
        mvc.perform(seizure(inspection, "HEROIN", "12.5", "KG"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    long seizure = idFrom(saved, "/interdiction/seizures/");
    // The audit entry keeps facts, which the log words in the reader's language.
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM idn_audit WHERE action = 'SEIZURE_RECORDED' AND target_id = ?")
                .param(Long.toString(seizure))
                .query(String.class)
                .single())
        .isEqualTo(
            "{\"k\":\"seizure.recorded\",\"a\":[\"" + CDC_POST + "\",\"HEROIN\",\"12.5\",\"KG\"]}");
    // The log names the post by its name in the reader's language, the code kept stays stable.
    var postNames =
        jdbc.sql(
                "SELECT COALESCE(name_ru, name), COALESCE(name_kk, name) FROM intd_post"
                    + " WHERE code = ?")
            .param(CDC_POST)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();
    String seizureDetail =
        "{\"k\":\"seizure.recorded\",\"a\":[\"" + CDC_POST + "\",\"HEROIN\",\"12.5\",\"KG\"]}";
    assertThat(auditWords.detail("SEIZURE_RECORDED", seizureDetail, Locale.forLanguageTag("ru")))
        .isEqualTo(postNames[0] + ": героин, 12.5 кг")
        .doesNotContain(CDC_POST);
    assertThat(auditWords.detail("SEIZURE_RECORDED", seizureDetail, Locale.forLanguageTag("kk")))
        .startsWith(postNames[1] + ": ");
    // An entry written before facts were kept reads the same way.
    assertThat(
            auditWords.detail(
                "INSPECTION_LOGGED",
                CDC_POST + " 777ABC02, 1 persons, 0 hits",
                Locale.forLanguageTag("ru")))
        .startsWith(postNames[0] + " 777ABC02, ");
    // A code no post has any more stays as kept.
    assertThat(
            auditWords.detail(
                "SEIZURE_RECORDED",
                "{\"k\":\"seizure.recorded\",\"a\":[\"CP-GONE\",\"HEROIN\",\"1\",\"KG\"]}",
                Locale.forLanguageTag("ru")))
        .startsWith("CP-GONE: ");

    assertThat(
            jdbc.sql("SELECT lookout_id FROM intd_seizure WHERE id = ?")
                .param(seizure)
                .query(Long.class)
                .single())
        .isEqualTo(lookout);
    assertThat(
            jdbc.sql("SELECT result FROM intd_inspection WHERE id = ?")
                .param(inspection)
                .query(String.class)
                .single())
        .isEqualTo("SEIZED");
    assertThat(
            events.stream(SeizureRecorded.class)
                .filter(e -> e.seizureId().equals(new SeizureId(seizure))))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.quantity()).isEqualByComparingTo(new BigDecimal("12.5"));
              assertThat(e.drugType()).isEqualTo("HEROIN");
              assertThat(e.lookoutId()).isEqualTo(new LookoutId(lookout));
              assertThat(e.personsArrested()).isEqualTo(1);
              assertThat(e.agency()).isEqualTo(AgencyCode.DRUG_CONTROL_COMMITTEE);
            });
    mvc.perform(get("/interdiction/lookouts/{id}", lookout).with(as.user("analyst.cdc")))
        .andExpect(content().string(containsString("12.5 KG")));

    // Custody starts with the seizing officer; a hand-over appends, nothing is rewritten.
    mvc.perform(
            post("/interdiction/seizures/{id}/custody", seizure)
                .with(as.user("officer.cdc"))
                .with(csrf())
                .param("holder", "Forensic lab Taraz")
                .param("holderAgency", "CDC_MOI")
                .param("at", now())
                .param("purpose", "purity test"))
        .andExpect(status().is3xxRedirection());
    var chain =
        jdbc.sql(
                "SELECT seq, holder, handed_by FROM intd_custody WHERE seizure_id = ? ORDER BY seq")
            .param(seizure)
            .query()
            .listOfRows();
    assertThat(chain).hasSize(2);
    assertThat((String) chain.get(0).get("holder")).contains("officer.cdc");
    assertThat((String) chain.get(1).get("handed_by")).contains("officer.cdc");
    mvc.perform(get("/interdiction/seizures/{id}", seizure).with(as.user("officer.cdc")))
        .andExpect(content().string(containsString("The chain is intact")));

    // A hand-over dated before the current holder received the evidence is refused.
    mvc.perform(
            post("/interdiction/seizures/{id}/custody", seizure)
                .with(as.user("officer.cdc"))
                .with(csrf())
                .param("holder", "Someone")
                .param("holderAgency", "CDC_MOI")
                .param("at", "2001-01-01T10:00"))
        .andExpect(
            content()
                .string(containsString("Date and time: is before the current holder received it")));
    // No way to edit or delete entries, and another agency may not add one.
    mvc.perform(
            put("/interdiction/seizures/{id}/custody", seizure)
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(
            delete("/interdiction/seizures/{id}/custody", seizure)
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(
            post("/interdiction/seizures/{id}/custody", seizure)
                .with(as.user("guard.bg"))
                .with(csrf())
                .param("holder", "x")
                .param("holderAgency", "BORDER_GUARDS")
                .param("at", now()))
        .andExpect(status().isNotFound());
    assertThat(count("SELECT COUNT(*) FROM intd_custody WHERE seizure_id = ?", seizure))
        .isEqualTo(2);

    // Tampering with a written entry shows.
    jdbc.sql("UPDATE intd_custody SET holder = 'forged' WHERE seizure_id = ? AND seq = 1")
        .param(seizure)
        .update();
    mvc.perform(get("/interdiction/seizures/{id}", seizure).with(as.user("officer.cdc")))
        .andExpect(content().string(containsString("The chain is broken")));
  }

  @Test
  void aSeizureCannotBeLinkedToAnotherAgencysLookout() throws Exception {
    String name = "Чужой Лукаут " + uniquePlate();
    mvc.perform(
            post("/interdiction/lookouts")
                .with(as.user("analyst.bg"))
                .with(csrf())
                .param("subject", "PERSON")
                .param("personName", name)
                .param("reason", "courier")
                .param("scope", "POSTS")
                .param("postIds", Long.toString(postId(jdbc, BG_POST)))
                .param("expires", LocalDate.now().plusDays(5).toString()))
        .andExpect(redirectedUrlPattern("/interdiction/lookouts/*"));
    long foreign =
        jdbc.sql("SELECT id FROM intd_lookout WHERE person_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    long inspection =
        logged(
            mvc.perform(
                    inspection(
                        postId(jdbc, CDC_POST), as.user("officer.cdc"), uniquePlate(), now()))
                .andReturn());
    mvc.perform(seizure(inspection, "HEROIN", "1", "KG").param("lookoutId", Long.toString(foreign)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("no such lookout")));
    assertThat(count("SELECT COUNT(*) FROM intd_seizure WHERE inspection_id = ?", inspection))
        .isZero();
    // The Drug Control Committee's own lookout links.
    long own = issueVehicleLookout("analyst.cdc", uniquePlate(), "ALL");
    mvc.perform(seizure(inspection, "HEROIN", "1", "KG").param("lookoutId", Long.toString(own)))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void impossibleQuantitiesAreRefused() throws Exception {
    long inspection =
        logged(
            mvc.perform(
                    inspection(
                        postId(jdbc, CDC_POST), as.user("officer.cdc"), uniquePlate(), now()))
                .andReturn());
    mvc.perform(seizure(inspection, "HERBAL_CANNABIS", "120000", "KG"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is more than any single conveyance carries")));
    mvc.perform(seizure(inspection, "HASHISH", "-3", "KG"))
        .andExpect(content().string(containsString("Quantity: must be more than zero")));
    mvc.perform(seizure(inspection, "SYNTHETIC", "10.5", "UNITS"))
        .andExpect(content().string(containsString("units are counted in whole numbers")));
    mvc.perform(seizure(inspection, "HEROIN", "2", "KG").param("purityPercent", "140"))
        .andExpect(content().string(containsString("Purity: must be more than 0 and at most 100")));
    assertThat(count("SELECT COUNT(*) FROM intd_seizure WHERE inspection_id = ?", inspection))
        .isZero();
  }

  @Test
  void photosAreCheckedByContentAndSize() throws Exception {
    long inspection =
        logged(
            mvc.perform(
                    inspection(
                        postId(jdbc, CDC_POST), as.user("officer.cdc"), uniquePlate(), now()))
                .andReturn());
    long seizure =
        idFrom(
            mvc.perform(seizure(inspection, "OPIUM", "3", "KG")).andReturn(),
            "/interdiction/seizures/");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    mvc.perform(
            multipart("/interdiction/seizures/{id}/files", seizure)
                .file(new MockMultipartFile("file", "../../evidence 1.png", "image/png", png))
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT filename FROM intd_seizure_file WHERE seizure_id = ?")
                .param(seizure)
                .query(String.class)
                .single())
        .isEqualTo("evidence_1.png");
    mvc.perform(
            multipart("/interdiction/seizures/{id}/files", seizure)
                .file(
                    new MockMultipartFile(
                        "file",
                        "photo.png",
                        "image/png",
                        "<html>".getBytes(StandardCharsets.UTF_8)))
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(content().string(containsString("is not a JPEG, PNG or PDF file")));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    mvc.perform(
            multipart("/interdiction/seizures/{id}/files", seizure)
                .file(new MockMultipartFile("file", "huge.jpg", "image/jpeg", big))
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(content().string(containsString("the limit is 10485760")));
    assertThat(count("SELECT COUNT(*) FROM intd_seizure_file WHERE seizure_id = ?", seizure))
        .isEqualTo(1);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private MockHttpServletRequestBuilder seizure(
      long inspection, String drug, String quantity, String unit) {
    return post("/interdiction/seizures")
        .with(as.user("officer.cdc"))
        .with(csrf())
        .param("postId", Long.toString(postId(jdbc, CDC_POST)))
        .param("inspectionId", Long.toString(inspection))
        .param("seizedAt", now())
        .param("drugType", drug)
        .param("quantity", quantity)
        .param("unit", unit)
        .param("concealment", "false floor of the trailer")
        .param("transportMode", "ROAD")
        .param("conveyance", "truck")
        .param("place", "Merke–Taraz")
        .param("originCountry", "AF")
        .param("originBasis", "ESTABLISHED")
        .param("departureCountry", "TJ")
        .param("departureBasis", "DECLARED")
        .param("transitCountries", "KG")
        .param("destinationCountry", "RU")
        .param("destinationBasis", "DECLARED")
        .param("arrestName", "Бекмуханов Ерболат", "")
        .param("arrestNationality", "KAZ", "")
        .param("arrestGender", "M", "M");
  }

  private long issueVehicleLookout(String issuer, String plate, String scope) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/interdiction/lookouts")
                    .with(as.user(issuer))
                    .with(csrf())
                    .param("subject", "VEHICLE")
                    .param("plate", plate)
                    .param("reason", "suspected heroin courier")
                    .param("scope", scope)
                    .param("expires", LocalDate.now().plusDays(10).toString()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    return idFrom(r, "/interdiction/lookouts/");
  }

  static long logged(MvcResult r) {
    assertThat(r.getResponse().getRedirectedUrl())
        .as("inspection saved (page said: %s)", body(r))
        .startsWith("/interdiction/inspections/");
    return idFrom(r, "/interdiction/inspections/");
  }

  static long idFrom(MvcResult r, String prefix) {
    String url = r.getResponse().getRedirectedUrl();
    assertThat(url).as("redirect (page said: %s)", body(r)).startsWith(prefix);
    return Long.parseLong(url.substring(prefix.length()).replaceAll("[?#].*", ""));
  }

  private static String body(MvcResult r) {
    try {
      String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("id=\"problems\".*?</div>", Pattern.DOTALL).matcher(html);
      return m.find() ? m.group() : html.substring(0, Math.min(html.length(), 300));
    } catch (Exception e) {
      return "?";
    }
  }

  /** Waits up to 10 s for a count (the rescreening listener runs after the activation commits). */
  private void awaitCount(String sql, Object arg, int expected) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (count(sql, arg) < expected && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(count(sql, arg)).isEqualTo(expected);
  }

  private int count(String sql, Object arg) {
    return jdbc.sql(sql).param(arg).query(Integer.class).single();
  }

  private static String cyrillic(String latin) {
    var out = new StringBuilder();
    for (char c : latin.toCharArray()) {
      int i = "ABEKMHOPCTYX".indexOf(c);
      out.append(i >= 0 ? "АВЕКМНОРСТУХ".charAt(i) : c);
    }
    return out.toString();
  }

  /** A signed-in server-sent-events client on the real port, collecting events in a queue. */
  static final class SseClient implements AutoCloseable {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<?> reading;
    private volatile Stream<String> lines;

    private SseClient(HttpClient http, URI uri) throws Exception {
      var ready = new CountDownLatch(1);
      reading =
          http.sendAsync(
                  HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                  HttpResponse.BodyHandlers.ofLines())
              .thenAccept(
                  response -> {
                    var event = new StringBuilder();
                    lines = response.body();
                    lines.forEach(
                        line -> {
                          if (line.isEmpty()) {
                            if (event.toString().contains("event:ready")) {
                              ready.countDown();
                            }
                            events.add(event.toString());
                            event.setLength(0);
                          } else {
                            event.append(line).append('\n');
                          }
                        });
                  });
      assertThat(ready.await(10, TimeUnit.SECONDS)).as("alert stream connected").isTrue();
    }

    static SseClient signIn(int port, String username) throws Exception {
      var http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String base = "http://localhost:" + port;
      String login =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
      assertThat(csrf.find()).as("sign-in form has a CSRF token").isTrue();
      String form =
          "username=" + username + "&password=" + DemoAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
      var signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
      return new SseClient(http, URI.create(base + "/interdiction/alerts/stream"));
    }

    String awaitEvent(String name, String containing) throws InterruptedException {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < until) {
        String e = events.poll(200, TimeUnit.MILLISECONDS);
        if (e != null && e.contains("event:" + name) && e.contains(containing)) {
          return e;
        }
      }
      throw new AssertionError("no '" + name + "' event containing " + containing + " within 10 s");
    }

    @Override
    public void close() {
      if (lines != null) {
        lines.close();
      }
      reading.cancel(true);
    }
  }
}
