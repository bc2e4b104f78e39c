package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.testing.Notices;
import org.kuzet.testing.SseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The notification center on a real database: notifications raised by the real actions of each
 * module, arriving live over server-sent events, acknowledged, read, preferred for the home page,
 * and never shown to a user of the wrong agency or role; the home panels of every module shown only
 * to the users who may see their data.
 */
abstract class NotificationChecks {

  static final String CDC_POST = "CP-M39-MERKE";
  static final String BG_POST = "BCP-KORDAY";
  static final String LISTED = "Жаксылыков Ерлан"; // KZ-NATIONAL entry KZN-002 in the demo lists
  private static final AtomicInteger SERIAL =
      new AtomicInteger((int) (System.nanoTime() % 50000) + 20000);

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Notices notices;
  @LocalServerPort int port;

  // ---- interdiction: watchlist and lookout hits ------------------------------------------------

  @Test
  void aListedPersonAtAPostNotifiesThatAgencyLiveAndNobodyElse() throws Exception {
    readAll("officer.cdc");
    try (var officer = SseClient.signIn(port, "officer.cdc", "/notifications/stream");
        var otherAgency = SseClient.signIn(port, "guard.bg", "/notifications/stream")) {
      officer.awaitEvent("count", "data:0");
      long inspection = logWithListedPassenger(uniquePlate());

      long n = notificationFor("/interdiction/inspections/" + inspection, "WATCHLIST_HIT");
      String item = officer.awaitEvent("notification", "KZN-002");
      assertThat(item).contains("/notifications/" + n + "/open").contains("Watchlist hit");
      officer.awaitEvent("count", "data:1");
      assertThat(otherAgency.receives("notification", "KZN-002", Duration.ofSeconds(1)))
          .as("a Border Guards officer is not told of a Drug Control post's hit")
          .isFalse();

      // The post's agency sees it; another agency, or a role without the posts, does not.
      listShows("analyst.cdc", n, true);
      listShows("guard.bg", n, false);
      listShows("analyst.bg", n, false);
      listShows("investigator.fp", n, false);
      listShows("pm.inl", n, false);
      mvc.perform(get("/notifications/{id}/open", n).with(as.user("analyst.bg")))
          .andExpect(status().isNotFound());
      mvc.perform(post("/notifications/{id}/ack", n).with(as.user("guard.bg")).with(csrf()))
          .andExpect(status().isNotFound());

      // Jump to the record: read, and the header's count drops at once.
      mvc.perform(get("/notifications/{id}/open", n).with(as.user("officer.cdc")))
          .andExpect(redirectedUrl("/interdiction/inspections/" + inspection));
      officer.awaitEvent("count", "data:0");

      // Acknowledging is per user: the officer's does not acknowledge it for the analyst.
      mvc.perform(
              post("/notifications/{id}/ack", n)
                  .header("HX-Request", "true")
                  .with(as.user("officer.cdc"))
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Acknowledged")));
      assertThat(state(n, "officer.cdc")).containsEntry("acked", true);
      assertThat(state(n, "analyst.cdc")).containsEntry("acked", false);
      mvc.perform(get("/notifications").with(as.user("analyst.cdc")))
          .andExpect(content().string(containsString("/notifications/" + n + "/ack")));
    }
  }

  @Test
  void aLookoutHitReachesThePostAndTheIssuerOnly() throws Exception {
    String plate = uniquePlate();
    long lookout = issueVehicleLookout("analyst.bg", plate);
    long inspection = logged(inspection(postId(CDC_POST), "officer.cdc", plate));

    long atPost = notificationFor("/interdiction/inspections/" + inspection, "LOOKOUT_HIT");
    long toIssuer = notificationFor("/interdiction/lookouts/" + lookout, "LOOKOUT_HIT");
    listShows("officer.cdc", atPost, true);
    listShows("officer.cdc", toIssuer, false);
    listShows("analyst.bg", toIssuer, true);
    listShows("analyst.bg", atPost, false);
    // The issuer's colleague in the same agency was not the one who issued it.
    listShows("guard.bg", toIssuer, false);
    listShows("guard.bg", atPost, false);
    mvc.perform(get("/notifications/{id}/open", toIssuer).with(as.user("analyst.bg")))
        .andExpect(redirectedUrl("/interdiction/lookouts/" + lookout));
    // The post is named in the reader's language, in the notification and on the alerts page,
    // though the alert keeps the post's base name.
    assertThat(notificationsPage("analyst.bg", "ru"))
        .contains("Ориентировка №" + lookout + ": транспортное средство ")
        .contains("остановлено на посту Мерке–Тараз")
        .doesNotContain("на посту Merke–Taraz");
    assertThat(notificationsPage("analyst.bg", "kk")).contains("Меркі–Тараз бекетінде тоқтатылды");
    assertThat(notificationsPage("analyst.bg", "en")).contains("stopped at Merke–Taraz");
    mvc.perform(get("/interdiction/alerts").param("lang", "kk").with(as.user("analyst.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Меркі–Тараз бекетінде тоқтатылды")))
        .andExpect(content().string(not(containsString("Merke–Taraz бекетінде"))));
  }

  // ---- financial intelligence: typology alerts and assignments ---------------------------------

  @Test
  void typologyAlertsAndAssignmentsReachInvestigatorsOfTheAgencyOnly() throws Exception {
    String colleague = "investigator2-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(
        colleague,
        "Second investigator",
        AgencyCode.FINANCIAL_POLICE,
        "ACTIVE",
        null,
        Set.of(Role.FINANCIAL_INVESTIGATOR));

    long importId = importedFanOut("investigator.fp");
    long detected = notificationFor("/finintel/imports/" + importId, "TYPOLOGY_ALERT");
    listShows("investigator.fp", detected, true);
    listShows(colleague, detected, true);
    listShows("investigator.pgo", detected, false);
    listShows("analyst.cdc", detected, false);

    long alert =
        jdbc.sql("SELECT MIN(id) FROM fin_alert WHERE import_id = ?")
            .param(importId)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/api/finintel/alerts/{id}/assign", alert)
                .param("assignee", colleague)
                .with(as.user("investigator.fp")))
        .andExpect(status().isOk());
    long assigned = notificationFor("/finintel/alerts/" + alert, "ASSIGNMENT");
    listShows(colleague, assigned, true);
    listShows("investigator.fp", assigned, false);

    // Assigned by name to someone of another agency: they still cannot see the alert, so no notice.
    long other =
        jdbc.sql("SELECT MAX(id) FROM fin_alert WHERE import_id = ?")
            .param(importId)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/api/finintel/alerts/{id}/assign", other)
                .param("assignee", "investigator.pgo")
                .with(as.user("investigator.fp")))
        .andExpect(status().isOk());
    long misassigned = notificationFor("/finintel/alerts/" + other, "ASSIGNMENT");
    listShows("investigator.pgo", misassigned, false);
  }

  // ---- reading, preferences, the home page --------------------------------------------------

  @Test
  void theHomePanelShowsTheChosenKindsUntilRead() throws Exception {
    long inspection = logWithListedPassenger(uniquePlate());
    long n = notificationFor("/interdiction/inspections/" + inspection, "WATCHLIST_HIT");
    String open = "/notifications/" + n + "/open";

    homePanelShows("officer.cdc", open, true);
    mvc.perform(
            post("/notifications/preferences")
                .param("kinds", "LOOKOUT_HIT")
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(redirectedUrl("/notifications?saved"));
    homePanelShows("officer.cdc", open, false);
    homePanelShows("analyst.cdc", open, true); // a choice of one user only

    // Live as well: the home panel's stream brings only the chosen kinds, the header's all.
    try (var panel = SseClient.signIn(port, "officer.cdc", "/notifications/stream?home=true");
        var header = SseClient.signIn(port, "officer.cdc", "/notifications/stream")) {
      long second = logWithListedPassenger(uniquePlate());
      long hit = notificationFor("/interdiction/inspections/" + second, "WATCHLIST_HIT");
      header.awaitEvent("notification", "/notifications/" + hit + "/open");
      assertThat(
              panel.receives(
                  "notification", "/notifications/" + hit + "/open", Duration.ofSeconds(1)))
          .isFalse();
      String plate = uniquePlate();
      long lookout = issueVehicleLookout("analyst.cdc", plate);
      long stopped = logged(inspection(postId(CDC_POST), "officer.cdc", plate));
      long match = notificationFor("/interdiction/inspections/" + stopped, "LOOKOUT_HIT");
      assertThat(panel.awaitEvent("notification", "/notifications/" + match + "/open"))
          .contains("Lookout #" + lookout);
    }
    mvc.perform(get("/notifications").with(as.user("officer.cdc")))
        .andExpect(content().string(containsString(open))); // the list keeps every kind

    mvc.perform(
            post("/notifications/preferences")
                .param("kinds", "LOOKOUT_HIT", "WATCHLIST_HIT")
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    homePanelShows("officer.cdc", open, true);
    mvc.perform(
            post("/notifications/preferences")
                .param("kinds", "NO_SUCH_KIND")
                .with(as.user("officer.cdc"))
                .with(csrf()))
        .andExpect(status().isBadRequest());

    // Mark all read: the panel empties, the count is zero, the list still holds it.
    readAll("officer.cdc");
    homePanelShows("officer.cdc", open, false);
    mvc.perform(get("/notifications").with(as.user("officer.cdc")))
        .andExpect(content().string(containsString("0 unread")))
        .andExpect(content().string(containsString(open)));
    homePanelShows("analyst.cdc", open, true);
  }

  @Test
  void homePanelsOfEveryModuleAreShownOnlyToTheirUsers() throws Exception {
    home("officer.cdc")
        .andExpect(content().string(containsString("id=\"panel-my-notifications\"")))
        .andExpect(content().string(containsString("id=\"panel-interdiction-lookouts\"")))
        .andExpect(content().string(containsString("id=\"panel-interdiction-seizure-map\"")))
        .andExpect(content().string(containsString("data-post=\"" + CDC_POST + "\"")))
        .andExpect(content().string(not(containsString("data-post=\"" + BG_POST + "\""))))
        .andExpect(
            content()
                .string(Matchers.matchesPattern("(?s).*<path class=\"oblasts\"[^>]* d=\"M[0-9].*")))
        .andExpect(content().string(not(containsString("href=\"/interdiction/statistics\">"))))
        .andExpect(content().string(not(containsString("id=\"panel-fin-my-cases\""))))
        .andExpect(content().string(not(containsString("id=\"panel-training-upcoming\""))));
    home("analyst.cdc")
        .andExpect(content().string(containsString("href=\"/interdiction/statistics\">")));
    home("guard.bg")
        .andExpect(content().string(containsString("data-post=\"" + BG_POST + "\"")))
        .andExpect(content().string(not(containsString("data-post=\"" + CDC_POST + "\""))));
    home("investigator.fp")
        .andExpect(content().string(containsString("id=\"panel-my-notifications\"")))
        .andExpect(content().string(containsString("id=\"panel-fin-my-cases\"")))
        .andExpect(content().string(not(containsString("id=\"panel-interdiction-seizure-map\""))))
        .andExpect(content().string(not(containsString("id=\"panel-interdiction-lookouts\""))));
    home("coordinator.li")
        .andExpect(content().string(containsString("id=\"panel-training-upcoming\"")))
        .andExpect(content().string(not(containsString("id=\"panel-fin-my-cases\""))))
        .andExpect(content().string(not(containsString("id=\"panel-interdiction-seizure-map\""))));
    home("caseworker.mp")
        .andExpect(content().string(containsString("id=\"panel-my-notifications\"")))
        .andExpect(content().string(not(containsString("id=\"panel-interdiction-lookouts\""))));
  }

  @Test
  void theSeizureMapSizesAPostByItsSeizures() throws Exception {
    String before = radius("officer.cdc", CDC_POST);
    long inspection = logged(inspection(postId(CDC_POST), "officer.cdc", uniquePlate()));
    mvc.perform(
            post("/interdiction/seizures")
                .with(as.user("officer.cdc"))
                .with(csrf())
                .param("postId", Long.toString(postId(CDC_POST)))
                .param("inspectionId", Long.toString(inspection))
                .param("seizedAt", now())
                .param("drugType", "HEROIN")
                .param("quantity", "2.5")
                .param("unit", "KG")
                .param("transportMode", "ROAD")
                .param("conveyance", "truck")
                .param("place", "Merke checkpoint"))
        .andExpect(status().is3xxRedirection());
    assertThat(Double.parseDouble(radius("officer.cdc", CDC_POST)))
        .isGreaterThan(Double.parseDouble(before));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private ResultActions home(String user) throws Exception {
    return mvc.perform(get("/home").with(as.user(user))).andExpect(status().isOk());
  }

  private String radius(String user, String post) throws Exception {
    String html = home(user).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    var m =
        Pattern.compile("<circle[^>]*r=\"([0-9.]+)\"[^>]*data-post=\"" + post + "\"").matcher(html);
    assertThat(m.find()).as("circle of %s", post).isTrue();
    return m.group(1);
  }

  @Test
  void aClosedNotificationStopsCountingForEveryoneItReachedLive(
      @Autowired Notifications notifications) throws Exception {
    readAll("admin");
    String key = "test-close:" + UUID.randomUUID();
    var admins = Audience.anyAgency(Role.ADMINISTRATOR);
    try (var admin = SseClient.signIn(port, "admin", "/notifications/stream")) {
      admin.awaitEvent("count", "data:0");
      long n =
          notices.raise(
              new NewNotification(
                  NotificationKind.ACCOUNT_APPROVAL,
                  "Someone waits for approval",
                  "/admin/accounts",
                  admins,
                  key));
      admin.awaitEvent("count", "data:1");

      // Settled elsewhere: closed for everyone, the open page's count drops without a reload.
      notifications.close(key, admins);
      admin.awaitEvent("count", "data:0");
      String list =
          mvc.perform(get("/notifications").with(as.user("admin")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(list)
          .contains("/notifications/" + n + "/open")
          .doesNotContain("/notifications/" + n + "/ack");
      // Closing again, or a key never raised, changes nothing.
      notifications.close(key, admins);
      notifications.close("test-close:never-raised", admins);
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM wsp_notification WHERE source_key = ? AND closed_at IS NOT NULL")
                  .param(key)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void aTitleIsWordedInTheReadersLanguageAndOldTitlesStayReadable(
      @Autowired Notifications notifications) throws Exception {
    String key = "test-words:" + UUID.randomUUID();
    var admins = Audience.anyAgency(Role.ADMINISTRATOR);
    notices.raise(
        new NewNotification(
            NotificationKind.ACCOUNT_APPROVAL,
            "Айгерім Сапарова (aigerim) waits for approval",
            "notifications.notice.approval",
            List.of("Айгерім Сапарова", "aigerim"),
            "/admin/accounts",
            admins,
            key));
    notices.raise(
        new NewNotification(
            NotificationKind.ACCOUNT_APPROVAL,
            "Stored before keys " + key,
            "/admin/accounts",
            admins,
            key + ":old"));
    assertThat(notificationsPage("admin", "ru"))
        .contains("Айгерім Сапарова (aigerim) ожидает одобрения")
        .doesNotContain("(aigerim) waits for approval")
        .contains("Stored before keys " + key);
    assertThat(notificationsPage("admin", "kk"))
        .contains("Айгерім Сапарова (aigerim) мақұлдауды күтуде");
    assertThat(notificationsPage("admin", "en"))
        .contains("Айгерім Сапарова (aigerim) waits for approval");
    // The stored English title stays for the record.
    assertThat(
            jdbc.sql("SELECT title FROM wsp_notification WHERE source_key = ?")
                .param(key)
                .query(String.class)
                .single())
        .isEqualTo("Айгерім Сапарова (aigerim) waits for approval");
    notifications.close(key, admins);
    notifications.close(key + ":old", admins);
  }

  private String notificationsPage(String user, String lang) throws Exception {
    return mvc.perform(get("/notifications").param("lang", lang).with(as.user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private void homePanelShows(String user, String text, boolean shown) throws Exception {
    String html = home(user).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    int start = html.indexOf("id=\"panel-my-notifications\"");
    assertThat(start).as("my notifications panel on %s's home page", user).isNotNegative();
    int end = html.indexOf("</section>", start);
    assertThat(html.substring(start, end).contains(text))
        .as("%s on %s's panel", text, user)
        .isEqualTo(shown);
  }

  private void listShows(String user, long notification, boolean shown) throws Exception {
    String html =
        mvc.perform(get("/notifications").with(as.user(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html.contains("/notifications/" + notification + "/open"))
        .as("notification %s in %s's list", notification, user)
        .isEqualTo(shown);
  }

  private void readAll(String user) throws Exception {
    mvc.perform(post("/notifications/read-all").with(as.user(user)).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
  }

  private Map<String, Object> state(long notification, String user) {
    long account =
        jdbc.sql("SELECT id FROM idn_account WHERE username = ?")
            .param(user)
            .query(Long.class)
            .single();
    Integer acked =
        jdbc.sql(
                "SELECT COUNT(*) FROM wsp_notification_state WHERE notification_id = ? AND account_id = ?"
                    + " AND acknowledged_at IS NOT NULL")
            .params(notification, account)
            .query(Integer.class)
            .single();
    return Map.of("acked", acked > 0);
  }

  /** The notification the action published, once the notification center has stored it. */
  private long notificationFor(String link, String kind) {
    return notices.awaitFor(link, kind);
  }

  private long postId(String code) {
    return jdbc.sql("SELECT id FROM intd_post WHERE code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  private static String uniquePlate() {
    int n = SERIAL.incrementAndGet();
    String letters =
        "" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + (char) ('A' + (n / 676) % 26);
    return String.format("%03d%s%02d", n % 1000, letters, 1 + (n / 17576) % 17);
  }

  private static String now() {
    return LocalDateTime.now(ZoneId.of("Asia/Almaty")).withSecond(0).withNano(0).toString();
  }

  private MockHttpServletRequestBuilder inspection(long postId, String user, String plate) {
    return post("/interdiction/posts/{id}/log", postId)
        .with(as.user(user))
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
        .param("persons[0].name", "Бекмуханов Ерболат")
        .param("persons[0].documentType", "PASSPORT")
        .param("persons[0].documentNumber", "N" + plate)
        .param("persons[0].nationality", "KAZ")
        .param("persons[0].birthDate", "1979-03-14")
        .param("persons[0].sex", "M");
  }

  private long logWithListedPassenger(String plate) throws Exception {
    return logged(
        inspection(postId(CDC_POST), "officer.cdc", plate)
            .param("persons[1].role", "PASSENGER")
            .param("persons[1].name", LISTED)
            .param("persons[1].documentType", "PASSPORT")
            .param("persons[1].documentNumber", "N12345678")
            .param("persons[1].birthDate", "1985-11-03")
            .param("persons[1].nationality", "KAZ"));
  }

  private long logged(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult r = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    return idFrom(r, "/interdiction/inspections/");
  }

  private long issueVehicleLookout(String issuer, String plate) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/interdiction/lookouts")
                    .with(as.user(issuer))
                    .with(csrf())
                    .param("subject", "VEHICLE")
                    .param("plate", plate)
                    .param("reason", "suspected heroin courier")
                    .param("scope", "ALL")
                    .param("expires", LocalDate.now().plusDays(10).toString()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    return idFrom(r, "/interdiction/lookouts/");
  }

  private static long idFrom(MvcResult r, String prefix) {
    String url = r.getResponse().getRedirectedUrl();
    assertThat(url).startsWith(prefix);
    return Long.parseLong(url.substring(prefix.length()).replaceAll("[?#].*", ""));
  }

  private long importedFanOut(String user) throws Exception {
    String p = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    var b =
        new StringBuilder(
            "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
                + "Amount Paid,Payment Currency,Payment Format\n");
    b.append(
        String.format(
            "2024/03/04 09:00,T%s,SRC%s,T%s,HUB%s,110000.00,US Dollar,110000.00,US Dollar,Wire%n",
            p, p, p, p));
    for (int i = 0; i < 12; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "2024/03/04 10:%02d,T%s,HUB%s,T%s,MULE%s%02d,%d.00,US Dollar,%d.00,US Dollar,Wire%n",
              i * 5,
              p,
              p,
              p,
              p,
              i,
              9000 + i * 7,
              9000 + i * 7));
    }
    MvcResult r =
        mvc.perform(
                multipart("/api/finintel/imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "fan-out.csv",
                            "text/csv",
                            b.toString().getBytes(StandardCharsets.UTF_8)))
                    .param("format", "ibm")
                    .with(as.user(user)))
            .andExpect(status().isAccepted())
            .andReturn();
    long id = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      String body =
          mvc.perform(get("/api/finintel/imports/" + id).with(as.user(user)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      String s = JsonPath.read(body, "$.status");
      if (s.equals("DONE")) {
        assertThat(((Number) JsonPath.read(body, "$.alertsAdded")).longValue()).isPositive();
        return id;
      }
      assertThat(s).as("import %s", id).isNotIn("FAILED", "DUPLICATE");
      assertThat(System.currentTimeMillis()).as("import %s still %s", id, s).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  // ---- streams outlive no account --------------------------------------------------------

  String freshOfficer(String prefix) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(
        username,
        "Test " + username,
        AgencyCode.DRUG_CONTROL_COMMITTEE,
        "ACTIVE",
        encoder.encode(STREAM_PASSWORD),
        Set.of(Role.CHECKPOINT_OFFICER));
    return username;
  }

  static final String STREAM_PASSWORD = "Ili-river-delta-2026";

  @Autowired PasswordEncoder encoder;

  @Test
  void aStreamEndsWhenItsAccountIsMovedOrDisabled() throws Exception {
    String moved = freshOfficer("moved");
    String disabled = freshOfficer("off");
    try (var stays = SseClient.signIn(port, "officer.cdc", "/notifications/stream");
        var movedStream = SseClient.signIn(port, moved, STREAM_PASSWORD, "/notifications/stream");
        var disabledStream =
            SseClient.signIn(port, disabled, STREAM_PASSWORD, "/interdiction/alerts/stream")) {
      long movedId = accounts.findByUsername(moved).orElseThrow().accountId();
      long disabledId = accounts.findByUsername(disabled).orElseThrow().accountId();
      // An administrator moves one officer to the Border Guards and disables the other.
      mvc.perform(
              post("/admin/accounts/" + movedId)
                  .with(as.user("admin"))
                  .with(csrf())
                  .param("displayName", "Test " + moved)
                  .param("agency", "BORDER_GUARDS")
                  .param("roles", "BORDER_OFFICER"))
          .andExpect(redirectedUrl("/admin/accounts/" + movedId));
      mvc.perform(
              post("/admin/accounts/" + disabledId + "/disable")
                  .with(as.user("admin"))
                  .with(csrf()))
          .andExpect(redirectedUrl("/admin/accounts/" + disabledId));

      // The next hit at a Drug Control post goes to that agency's streams, not to theirs: both end.
      long inspection = logWithListedPassenger(uniquePlate());
      long n = notificationFor("/interdiction/inspections/" + inspection, "WATCHLIST_HIT");
      stays.awaitEvent("notification", "/notifications/" + n + "/open");
      assertThat(movedStream.endsWithin(Duration.ofSeconds(10)))
          .as("the moved officer's stream ends")
          .isTrue();
      assertThat(disabledStream.endsWithin(Duration.ofSeconds(10)))
          .as("the disabled officer's stream ends")
          .isTrue();
      assertThat(
              movedStream.receives(
                  "notification", "/notifications/" + n + "/open", Duration.ofMillis(200)))
          .isFalse();
      assertThat(stays.endsWithin(Duration.ofMillis(200))).isFalse();
    }
  }

  @Test
  void openingMoreStreamsThanTheCapClosesTheOldest() throws Exception {
    String user = freshOfficer("cap");
    var streams = new ArrayList<SseClient>();
    try {
      for (int i = 0; i < 6; i++) { // the cap is 5 (kuzet.streams.max-per-user)
        streams.add(SseClient.signIn(port, user, STREAM_PASSWORD, "/notifications/stream"));
      }
      assertThat(streams.get(0).endsWithin(Duration.ofSeconds(10)))
          .as("the oldest stream is closed")
          .isTrue();
      for (int i = 1; i < 6; i++) {
        assertThat(streams.get(i).endsWithin(Duration.ofMillis(100)))
            .as("stream " + i + " stays open")
            .isFalse();
      }
    } finally {
      streams.forEach(SseClient::close);
    }
  }
}
