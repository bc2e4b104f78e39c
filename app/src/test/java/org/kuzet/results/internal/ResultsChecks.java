package org.kuzet.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The results framework on a real database: actuals equal what the records say (counted here
 * directly from each module's tables, after adding records through the modules' own pages), manual
 * entry with review by a second user, exports, the public fact sheet section, the home panel and
 * refusals.
 */
abstract class ResultsChecks {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final Duration AWAIT = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired Indicators indicators;
  @Autowired Actuals actuals;
  @Autowired ActualsFromEvents actualsFromEvents;

  // ---- helpers ------------------------------------------------------------------------------

  Indicator indicator(String code) {
    return indicators.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  Map<Integer, Actual> actualsOf(String code) {
    var i = indicator(code);
    return actuals.of(List.of(i)).get(i.id());
  }

  BigDecimal actual(String code, int year) {
    var a = actualsOf(code).get(year);
    return a == null || a.value() == null ? BigDecimal.ZERO : a.value();
  }

  static int fiscalYear(LocalDate d) {
    return d.getMonthValue() >= 10 ? d.getYear() + 1 : d.getYear();
  }

  static int fiscalYear(OffsetDateTime t) {
    return fiscalYear(t.atZoneSameInstant(ALMATY).toLocalDate());
  }

  static Map<Integer, BigDecimal> values(Map<Integer, Actual> actuals) {
    var map = new TreeMap<Integer, BigDecimal>();
    actuals.forEach((y, a) -> map.put(y, a.value()));
    return map;
  }

  static String body(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  static long idFrom(MvcResult r, String prefix) {
    String url = r.getResponse().getRedirectedUrl();
    assertThat(url).as("redirect").startsWith(prefix);
    return Long.parseLong(url.substring(prefix.length()).replaceAll("[?#].*", ""));
  }

  // ---- actuals from the records -------------------------------------------------------------

  @Test
  void officersTrainedAreTheCompletionsOfTheTrainingRecordsByAgencyAndGender() throws Exception {
    long course =
        jdbc.sql(
                """
                SELECT MIN(c.id) FROM trn_course c WHERE c.program_code = 'KZ-TIP' AND EXISTS
                  (SELECT 1 FROM trn_curriculum_version v WHERE v.course_id = c.id AND v.approved_on IS NOT NULL)""")
            .query(Long.class)
            .single();
    var before = actualsOf("TIP-TRAINED").get(2008);

    // A session of July 2008 (FY2008) through the training pages: three nominees, two complete it.
    MvcResult scheduled =
        mvc.perform(
                post("/training/courses/{id}/sessions", course)
                    .param("startsOn", "2008-07-21")
                    .param("endsOn", "2008-07-25")
                    .with(csrf())
                    .with(as.user("coordinator.li")))
            .andReturn();
    long session = idFrom(scheduled, "/training/sessions/");
    String run = Long.toString(System.nanoTime() % 1_000_000, 36);
    String[][] nominees = {
      {"MIGRATION_POLICE", "F", "Айгуль Results " + run},
      {"MOI_POLICE", "M", "Ерлан Results " + run},
      {"MIGRATION_POLICE", "M", "Absent Results " + run}
    };
    for (int k = 0; k < nominees.length; k++) {
      mvc.perform(
              post("/training/sessions/{id}/nominations", session)
                  .param("agency", nominees[k][0])
                  .param("gender", nominees[k][1])
                  .param("fullName", nominees[k][2])
                  .param("serviceNumber", "RES-" + run + "-" + k)
                  .with(csrf())
                  .with(as.user("coordinator.li")))
          .andExpect(flash().attributeExists("ok"));
    }
    List<Long> enrolments =
        jdbc.sql("SELECT id FROM trn_enrolment WHERE session_id = ? ORDER BY id")
            .param(session)
            .query(Long.class)
            .list();
    var progress =
        post("/training/sessions/{id}/progress", session)
            .with(csrf())
            .with(as.user("coordinator.li"));
    for (int k = 0; k < 3; k++) {
      long e = enrolments.get(k);
      for (int d = 21; d <= 25; d++) {
        if (k < 2) {
          progress.param("present-" + e + "-2008-07-" + d, "on");
        }
      }
      progress.param("pre-" + e, "40").param("post-" + e, "90");
    }
    mvc.perform(progress).andExpect(flash().attributeExists("ok"));
    mvc.perform(
            post("/training/sessions/{id}/complete", session)
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(flash().attributeExists("ok"));

    // Results keeps these from events, recorded just after the change commits.
    await()
        .atMost(AWAIT)
        .untilAsserted(
            () -> {
              var after = actualsOf("TIP-TRAINED").get(2008);
              assertThat(after.value())
                  .isEqualByComparingTo(
                      (before == null ? BigDecimal.ZERO : before.value())
                          .add(BigDecimal.valueOf(2)));
              assertThat(after.breakdown().get("MIGRATION_POLICE F"))
                  .isEqualByComparingTo(part(before, "MIGRATION_POLICE F").add(BigDecimal.ONE));
              assertThat(after.breakdown().get("MOI_POLICE M"))
                  .isEqualByComparingTo(part(before, "MOI_POLICE M").add(BigDecimal.ONE));
              assertThat(after.breakdown().get("MIGRATION_POLICE M"))
                  .isEqualByComparingTo(part(before, "MIGRATION_POLICE M"));

              // Every program's officers trained, every year and breakdown, equal a direct count.
              for (String code : List.of("TIP-TRAINED", "AML-TRAINED", "BS-TRAINED")) {
                var indicator = indicator(code);
                Map<Integer, Map<String, BigDecimal>> expected = new TreeMap<>();
                jdbc.sql(
                        """
                SELECT s.completed_on, t.agency_code, t.gender FROM trn_enrolment e
                JOIN trn_session s ON s.id = e.session_id JOIN trn_course c ON c.id = s.course_id
                JOIN trn_trainee t ON t.id = e.trainee_id
                WHERE e.outcome = 'COMPLETED' AND s.status = 'COMPLETED' AND c.program_code = ?""")
                    .param(indicator.programCode())
                    .query(
                        rs -> {
                          expected
                              .computeIfAbsent(
                                  fiscalYear(rs.getObject(1, LocalDate.class)),
                                  y -> new TreeMap<>())
                              .merge(
                                  rs.getString(2) + " " + rs.getString(3).strip(),
                                  BigDecimal.ONE,
                                  BigDecimal::add);
                        });
                var got = actualsOf(code);
                assertThat(got.keySet()).as(code + " years").isEqualTo(expected.keySet());
                expected.forEach(
                    (y, parts) -> {
                      assertThat(got.get(y).breakdown()).as(code + " FY" + y).isEqualTo(parts);
                      assertThat(got.get(y).value())
                          .isEqualByComparingTo(
                              parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                    });
              }
            });
  }

  private static BigDecimal part(Actual a, String key) {
    return a == null ? BigDecimal.ZERO : a.breakdown().getOrDefault(key, BigDecimal.ZERO);
  }

  @Test
  void inspectionsPostsAndSeizuresAreTheRecordsOfThePosts() throws Exception {
    // Other tests in this context plant seizures straight into the tables, as a bulk load would;
    // results sees those only by catching up, as it does at start-up. The seizure below comes
    // through the page and reaches results by its event.
    actualsFromEvents.catchUp();
    long merke =
        jdbc.sql("SELECT id FROM intd_post WHERE code = 'CP-M39-MERKE'").query(Long.class).single();
    LocalDateTime at = LocalDateTime.now(ALMATY).withSecond(0).withNano(0);
    int fy = fiscalYear(at.toLocalDate());
    BigDecimal inspections = actual("CN-INSPECTIONS", fy);
    BigDecimal seizures = actual("CN-SEIZURES", fy);
    BigDecimal kg = actual("CN-KG", fy);
    BigDecimal heroin = part(actualsOf("CN-KG").get(fy), "HEROIN");

    String plate = String.format("%03dRES%02d", (int) (System.nanoTime() % 1000), 2);
    MvcResult logged =
        mvc.perform(
                post("/interdiction/posts/{id}/log", merke)
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("inspectedAt", at.toString())
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
                    .param("persons[0].sex", "M"))
            .andReturn();
    long inspection = idFrom(logged, "/interdiction/inspections/");
    mvc.perform(
            post("/interdiction/seizures")
                .with(as.user("officer.cdc"))
                .with(csrf())
                .param("postId", Long.toString(merke))
                .param("inspectionId", Long.toString(inspection))
                .param("seizedAt", at.toString())
                .param("drugType", "HEROIN")
                .param("quantity", "2.5")
                .param("unit", "KG")
                .param("concealment", "spare wheel")
                .param("transportMode", "ROAD")
                .param("conveyance", "truck")
                .param("place", "Merke")
                .param("originCountry", "AF")
                .param("originBasis", "ESTABLISHED")
                .param("arrestName", "Бекмуханов Ерболат")
                .param("arrestNationality", "KAZ")
                .param("arrestGender", "M"))
        .andExpect(status().is3xxRedirection());

    // Results keeps these from events, recorded just after the change commits.
    await()
        .atMost(AWAIT)
        .untilAsserted(
            () -> {
              assertThat(actual("CN-INSPECTIONS", fy))
                  .isEqualByComparingTo(inspections.add(BigDecimal.ONE));
              assertThat(actual("CN-SEIZURES", fy))
                  .isEqualByComparingTo(seizures.add(BigDecimal.ONE));
              assertThat(actual("CN-KG", fy)).isEqualByComparingTo(kg.add(new BigDecimal("2.5")));
              assertThat(part(actualsOf("CN-KG").get(fy), "HEROIN"))
                  .isEqualByComparingTo(heroin.add(new BigDecimal("2.5")));

              // Every year of every post indicator equals a direct count of the interdiction
              // tables.
              for (String kind : List.of("CHECKPOINT", "CROSSING")) {
                Map<Integer, BigDecimal> inspected = new TreeMap<>();
                Map<Integer, Set<Long>> posts = new TreeMap<>();
                jdbc.sql(
                        "SELECT i.inspected_at, i.post_id FROM intd_inspection i JOIN intd_post p ON p.id = i.post_id WHERE p.kind = ?")
                    .param(kind)
                    .query(
                        rs -> {
                          int y = fiscalYear(rs.getObject(1, OffsetDateTime.class));
                          inspected.merge(y, BigDecimal.ONE, BigDecimal::add);
                          posts.computeIfAbsent(y, k -> new HashSet<>()).add(rs.getLong(2));
                        });
                Map<Integer, BigDecimal> cases = new TreeMap<>();
                Map<Integer, BigDecimal> kilos = new TreeMap<>();
                jdbc.sql(
                        "SELECT s.seized_at, s.unit, s.quantity FROM intd_seizure s JOIN intd_post p ON p.id = s.post_id WHERE p.kind = ?")
                    .param(kind)
                    .query(
                        rs -> {
                          int y = fiscalYear(rs.getObject(1, OffsetDateTime.class));
                          cases.merge(y, BigDecimal.ONE, BigDecimal::add);
                          if (rs.getString(2).equals("KG")) {
                            kilos.merge(y, rs.getBigDecimal(3), BigDecimal::add);
                          }
                        });
                Map<Integer, BigDecimal> operational = new TreeMap<>();
                posts.forEach((y, set) -> operational.put(y, BigDecimal.valueOf(set.size())));
                String prefix = kind.equals("CHECKPOINT") ? "CN-" : "BS-";
                assertEqual(
                    values(actualsOf(prefix + "INSPECTIONS")), inspected, prefix + "INSPECTIONS");
                assertEqual(values(actualsOf(prefix + "SEIZURES")), cases, prefix + "SEIZURES");
                assertEqual(
                    values(
                        actualsOf(kind.equals("CHECKPOINT") ? "CN-CHECKPOINTS" : "BS-CROSSINGS")),
                    operational,
                    kind);
                if (kind.equals("CHECKPOINT")) {
                  assertEqual(values(actualsOf("CN-KG")), kilos, "CN-KG");
                }
              }
              assertThat(values(actualsOf("CN-INSPECTIONS"))).containsKey(fy);
            });
  }

  @Test
  void anInspectionCountsInTheFiscalYearOfItsLocalDateAtThePost() throws Exception {
    long korday =
        jdbc.sql("SELECT id FROM intd_post WHERE code = 'BCP-KORDAY'").query(Long.class).single();
    BigDecimal fy03 = actual("BS-INSPECTIONS", 2003);
    BigDecimal fy04 = actual("BS-INSPECTIONS", 2004);
    // 23:50 on 30 September and 00:10 on 1 October in Almaty: the same UTC day, two fiscal years.
    for (String at : List.of("2003-09-30T23:50", "2003-10-01T00:10")) {
      String plate = String.format("%03dKRD%02d", (int) (System.nanoTime() % 1000), 1);
      mvc.perform(
              post("/interdiction/posts/{id}/log", korday)
                  .with(as.user("guard.bg"))
                  .with(csrf())
                  .param("inspectedAt", at)
                  .param("plate", plate)
                  .param("plateCountry", "KG")
                  .param("vehicleType", "CAR")
                  .param("direction", "NORTH")
                  .param("result", "CLEARED")
                  .param("persons[0].role", "DRIVER")
                  .param("persons[0].name", "Асанов Бакыт")
                  .param("persons[0].documentType", "PASSPORT")
                  .param("persons[0].documentNumber", "K" + plate)
                  .param("persons[0].nationality", "KGZ")
                  .param("persons[0].birthDate", "1975-05-05")
                  .param("persons[0].sex", "M"))
          .andExpect(status().is3xxRedirection())
          .andExpect(MockMvcResultMatchers.redirectedUrlPattern("/interdiction/inspections/*"));
    }
    assertThat(actual("BS-INSPECTIONS", 2003)).isEqualByComparingTo(fy03.add(BigDecimal.ONE));
    assertThat(actual("BS-INSPECTIONS", 2004)).isEqualByComparingTo(fy04.add(BigDecimal.ONE));
    assertThat(actual("BS-CROSSINGS", 2003)).isGreaterThanOrEqualTo(BigDecimal.ONE);
    assertThat(actual("BS-CROSSINGS", 2004)).isGreaterThanOrEqualTo(BigDecimal.ONE);
  }

  static void assertEqual(
      Map<Integer, BigDecimal> got, Map<Integer, BigDecimal> expected, String what) {
    assertThat(got.keySet()).as(what + " years").isEqualTo(expected.keySet());
    expected.forEach((y, v) -> assertThat(got.get(y)).as(what + " " + y).isEqualByComparingTo(v));
  }

  @Test
  void financialAlertsTriagedAndCasesOpenedAreTheWorkbenchRecords() throws Exception {
    int fy = fiscalYear(LocalDate.now(ALMATY));
    BigDecimal cases = actual("AML-CASES", fy);
    mvc.perform(
            post("/finintel/cases")
                .param("title", "Results check case")
                .with(csrf())
                .with(as.user("investigator.fp")))
        .andExpect(status().is3xxRedirection());
    assertThat(actual("AML-CASES", fy)).isEqualByComparingTo(cases.add(BigDecimal.ONE));

    var open =
        jdbc.sql(
                "SELECT id, created_at FROM fin_alert WHERE status = 'NEW' AND agency_code = 'FINANCIAL_POLICE' ORDER BY id")
            .query(
                (rs, n) ->
                    Map.entry(rs.getLong(1), fiscalYear(rs.getObject(2, OffsetDateTime.class))))
            .list();
    assertThat(open).as("open alerts of the demo workbench").isNotEmpty();
    long alert = open.get(0).getKey();
    int alertYear = open.get(0).getValue();
    BigDecimal triaged = actual("AML-TRIAGED", alertYear);
    mvc.perform(
            post("/finintel/alerts/" + alert + "/dismiss")
                .param("reason", "Known payroll agent")
                .with(csrf())
                .with(as.user("investigator.fp")))
        .andExpect(status().is3xxRedirection());
    assertThat(actual("AML-TRIAGED", alertYear)).isEqualByComparingTo(triaged.add(BigDecimal.ONE));

    Map<Integer, BigDecimal> expectedCases = new TreeMap<>();
    jdbc.sql("SELECT created_at FROM fin_case")
        .query(
            rs -> {
              expectedCases.merge(
                  fiscalYear(rs.getObject(1, OffsetDateTime.class)),
                  BigDecimal.ONE,
                  BigDecimal::add);
            });
    Map<Integer, BigDecimal> expectedTriaged = new TreeMap<>();
    jdbc.sql("SELECT created_at FROM fin_alert WHERE status IN ('DISMISSED', 'ESCALATED')")
        .query(
            rs -> {
              expectedTriaged.merge(
                  fiscalYear(rs.getObject(1, OffsetDateTime.class)),
                  BigDecimal.ONE,
                  BigDecimal::add);
            });
    assertEqual(values(actualsOf("AML-CASES")), expectedCases, "AML-CASES");
    assertEqual(values(actualsOf("AML-TRIAGED")), expectedTriaged, "AML-TRIAGED");
  }

  @Test
  void victimsAreAnonymisedCountsOfTheCasesAndEquipmentFollowsTheRegister() {
    // Results keeps these from events, recorded just after the change commits.
    await()
        .atMost(AWAIT)
        .untilAsserted(
            () -> {
              Map<Integer, int[]> expected = new TreeMap<>();
              jdbc.sql(
                      """
              SELECT c.registration_year, CASE WHEN EXISTS (SELECT 1 FROM tip_referral r WHERE r.case_id = c.id)
                THEN 1 ELSE 0 END FROM tip_case c""")
                  .query(
                      rs -> {
                        int[] n = expected.computeIfAbsent(rs.getInt(1), y -> new int[2]);
                        n[0]++;
                        n[1] += rs.getInt(2);
                      });
              var identified = actualsOf("TIP-IDENTIFIED");
              var referred = actualsOf("TIP-REFERRED");
              assertThat(identified.keySet()).isEqualTo(expected.keySet());
              int published = 0;
              for (var e : expected.entrySet()) {
                for (int k = 0; k < 2; k++) {
                  int n = e.getValue()[k];
                  Actual a = (k == 0 ? identified : referred).get(e.getKey());
                  if (n > 0 && n < 10) {
                    assertThat(a.suppressed()).as("a count of %d is suppressed", n).isTrue();
                  } else if (!a.suppressed()) {
                    assertThat(a.value()).isEqualByComparingTo(BigDecimal.valueOf(n));
                    published++;
                  }
                }
              }
              assertThat(published).as("published victim counts").isPositive();
              // The demo's older years have every victim referred: their referrals are shown, not
              // lost
              // to the suppression of a few unreferred cases.
              assertThat(referred.values().stream().filter(a -> !a.suppressed()).count())
                  .as("years of referrals shown")
                  .isPositive();
            });

    // Equipment: handed over per fiscal year, and in service at the year's end per the last check.
    Map<Integer, BigDecimal> delivered = new TreeMap<>();
    jdbc.sql(
            """
            SELECT e.handover_date FROM prog_equipment e JOIN prog_project p ON p.id = e.project_id
            JOIN prog_program g ON g.id = p.program_id WHERE g.code = 'KZ-CN' AND e.handover_date IS NOT NULL""")
        .query(
            rs -> {
              delivered.merge(
                  fiscalYear(rs.getObject(1, LocalDate.class)), BigDecimal.ONE, BigDecimal::add);
            });
    var got = values(actualsOf("CN-EQUIPMENT"));
    delivered.forEach(
        (y, n) -> assertThat(got.get(y)).as("delivered FY" + y).isEqualByComparingTo(n));
    assertThat(got.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(delivered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    for (var e : values(actualsOf("CN-IN-SERVICE")).entrySet()) {
      LocalDate end = LocalDate.of(e.getKey(), 9, 30);
      long inService =
          jdbc.sql(
                  """
                  SELECT COUNT(*) FROM prog_equipment e JOIN prog_project p ON p.id = e.project_id
                  JOIN prog_program g ON g.id = p.program_id
                  WHERE g.code = 'KZ-CN' AND e.handover_date <= ? AND EXISTS (
                    SELECT 1 FROM prog_end_use_check c WHERE c.equipment_id = e.id AND c.present AND c.working
                      AND c.checked_on = (SELECT MAX(c2.checked_on) FROM prog_end_use_check c2
                                          WHERE c2.equipment_id = e.id AND c2.checked_on <= ?))""")
              .params(end, end)
              .query(Long.class)
              .single();
      assertThat(e.getValue())
          .as("in service FY" + e.getKey())
          .isEqualByComparingTo(BigDecimal.valueOf(inService));
    }
    // The demo register: a detector found broken in June 2008, all seven working in December.
    assertThat(actual("CN-IN-SERVICE", 2008)).isEqualByComparingTo("6");
    assertThat(actual("CN-IN-SERVICE", 2009)).isEqualByComparingTo("7");
  }

  // ---- manual values and their review -------------------------------------------------------

  long pendingCount(long indicatorId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM res_manual_value WHERE indicator_id = ? AND status = 'PENDING'")
        .param(indicatorId)
        .query(Long.class)
        .single();
  }

  @Test
  void aManualValueCountsOnlyOnceAnotherUserApprovesIt() throws Exception {
    var treatment = indicator("DR-TREATMENT");
    int year = 2031;
    long before =
        jdbc.sql("SELECT COUNT(*) FROM res_manual_value WHERE indicator_id = ?")
            .param(treatment.id())
            .query(Long.class)
            .single();

    // Bad input saves nothing and says what is wrong.
    mvc.perform(
            post("/results/indicators/{id}/values", treatment.id())
                .param("fiscalYear", String.valueOf(year))
                .param("amount", "many")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "Value: \"many\" is not a number of at least 0 with at most three decimals."));
    mvc.perform(
            post("/results/indicators/{id}/values", treatment.id())
                .param("fiscalYear", "20x1")
                .param("amount", "5")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(
            flash()
                .attribute("error", "Fiscal year: \"20x1\" is not a year between 1990 and 2100."));
    mvc.perform(
            post("/results/indicators/{id}/values", indicator("TIP-TRAINED").id())
                .param("fiscalYear", "2031")
                .param("amount", "5")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "This indicator is computed from the records; values cannot be entered by hand."));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM res_manual_value WHERE indicator_id = ?")
                .param(treatment.id())
                .query(Long.class)
                .single())
        .isEqualTo(before);

    mvc.perform(
            post("/results/indicators/{id}/values", treatment.id())
                .param("fiscalYear", "FY" + year)
                .param("amount", "410")
                .param("note", "Ministry of Health register")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(flash().attributeExists("ok"));
    long value =
        jdbc.sql("SELECT MAX(id) FROM res_manual_value WHERE indicator_id = ?")
            .param(treatment.id())
            .query(Long.class)
            .single();
    assertThat(actualsOf("DR-TREATMENT")).doesNotContainKey(year);

    // The person who entered it cannot approve it; partners and other roles cannot either.
    mvc.perform(post("/results/values/{id}/approve", value).with(csrf()).with(as.user("pm.inl")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "You entered this value; another program-office user must review it."));
    mvc.perform(
            post("/results/values/{id}/approve", value).with(csrf()).with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/results/values/{id}/approve", value).with(csrf()).with(as.user("officer.cdc")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/results/values/{id}/reject", value).with(csrf()).with(as.user("admin")))
        .andExpect(
            flash().attribute("error", "Reason for rejecting: say why the value is rejected."));
    assertThat(pendingCount(treatment.id())).isPositive();
    assertThat(actualsOf("DR-TREATMENT")).doesNotContainKey(year);

    mvc.perform(post("/results/values/{id}/approve", value).with(csrf()).with(as.user("admin")))
        .andExpect(flash().attributeExists("ok"));
    assertThat(actual("DR-TREATMENT", year)).isEqualByComparingTo("410");
    mvc.perform(
            post("/results/values/{id}/reject", value)
                .param("note", "late")
                .with(csrf())
                .with(as.user("admin")))
        .andExpect(flash().attribute("error", "This value has already been reviewed."));

    // A rejected correction does not replace the approved value.
    mvc.perform(
            post("/results/indicators/{id}/values", treatment.id())
                .param("fiscalYear", String.valueOf(year))
                .param("amount", "9999")
                .with(csrf())
                .with(as.user("admin")))
        .andExpect(flash().attributeExists("ok"));
    long correction =
        jdbc.sql("SELECT MAX(id) FROM res_manual_value WHERE indicator_id = ?")
            .param(treatment.id())
            .query(Long.class)
            .single();
    mvc.perform(
            post("/results/values/{id}/reject", correction)
                .param("note", "Double counts private clinics")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(flash().attributeExists("ok"));
    assertThat(actual("DR-TREATMENT", year)).isEqualByComparingTo("410");

    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'RESULTS_VALUE_APPROVED' AND target_id = ?")
                .param(String.valueOf(value))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'RESULTS_VALUE_REJECTED' AND target_id = ?")
                .param(String.valueOf(correction))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void targetsAreSetByManagersAndAdministratorsAndShownBesideActuals() throws Exception {
    var tip = indicator("TIP-TRAINED");
    mvc.perform(
            post("/results/indicators/{id}/targets", tip.id())
                .param("fiscalYear", "2030")
                .param("target", "175")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(flash().attributeExists("ok"));
    assertThat(indicators.targets(tip.id())).containsEntry(2030, new BigDecimal("175.000"));
    mvc.perform(
            post("/results/indicators/{id}/targets", tip.id())
                .param("fiscalYear", "2030")
                .param("target", "-3")
                .with(csrf())
                .with(as.user("admin")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "Value: \"-3\" is not a number of at least 0 with at most three decimals."));
    mvc.perform(
            post("/results/indicators/{id}/targets", tip.id())
                .param("fiscalYear", "2030")
                .param("target", "1")
                .with(csrf())
                .with(as.user("partner.iom")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/results/indicators/{id}/targets", tip.id())
                .param("fiscalYear", "2030")
                .param("target", "")
                .with(csrf())
                .with(as.user("admin")))
        .andExpect(flash().attributeExists("ok"));
    assertThat(indicators.targets(tip.id())).doesNotContainKey(2030);

    // The page: target 150 beside the FY2008 actual, cost per officer from the FY2008 funding.
    BigDecimal fy08 = actual("TIP-TRAINED", 2008);
    String page =
        body(
            mvc.perform(get("/results/programs/KZ-TIP").with(as.user("pm.inl")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page)
        .contains(
            "indicator-TIP-TRAINED",
            "results-chart",
            "/dist/echarts.min.js",
            "/js/results.js",
            "Officers trained at the Anti-TIP Center",
            ">150<",
            ">" + fy08.stripTrailingZeros().toPlainString() + "<",
            "Cost per unit (USD)",
            "Set target");
    var echarts = Pattern.compile("src=\"(/webjars/echarts/[^\"]+)\"").matcher(page);
    assertThat(echarts.find()).isTrue();
    mvc.perform(get(echarts.group(1))).andExpect(status().isOk());
    mvc.perform(get("/js/results.js")).andExpect(status().isOk());
    BigDecimal funding =
        jdbc.sql(
                """
                SELECT SUM(f.obligated) FROM prog_funding f JOIN prog_program g ON g.id = f.program_id
                WHERE g.code = 'KZ-TIP' AND f.fiscal_year = 2008 AND f.currency = 'USD'""")
            .query(BigDecimal.class)
            .single();
    String cost =
        new ResultsCells().money(funding.divide(fy08, 2, RoundingMode.HALF_UP), Locale.ENGLISH);
    assertThat(page).contains(cost);
  }

  @Test
  void managersDefineIndicatorsAndEveryMistakeIsNamedBesideItsField() throws Exception {
    long count = jdbc.sql("SELECT COUNT(*) FROM res_indicator").query(Long.class).single();
    String bad =
        body(
            mvc.perform(
                    post("/results/programs/KZ-DR/indicators")
                        .param("code", "bad code!")
                        .param("measure", "")
                        .param("scope", "CHECKPOINT")
                        .param("unit", "PLACES")
                        .param("nameEn", " ")
                        .param("definitionEn", "x")
                        .param("baseline", "lots")
                        .param("baselineYear", "1812")
                        .with(csrf())
                        .with(as.user("pm.inl")))
                .andExpect(status().isBadRequest())
                .andReturn());
    assertThat(bad)
        .contains(
            "Nothing was saved",
            "Code: &quot;BAD CODE!&quot; must be capital letters",
            "Value: &quot;lots&quot; is not a number",
            "Fiscal year: &quot;1812&quot; is not a year between 1990 and 2100",
            "Required.");
    mvc.perform(
            post("/results/programs/KZ-DR/indicators")
                .param("code", "CN-CHECKPOINTS")
                .param("measure", "MANUAL")
                .param("scope", "CHECKPOINT")
                .param("unit", "PLACES")
                .param("nameEn", "Clinics")
                .param("definitionEn", "x")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(Matchers.containsString("is already used by another indicator")))
        .andExpect(content().string(Matchers.containsString("applies only to the posts measures")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM res_indicator").query(Long.class).single())
        .isEqualTo(count);

    String code =
        "DR-CLINICS-" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase(Locale.ROOT);
    mvc.perform(get("/results/programs/KZ-DR/indicators/new").with(as.user("admin")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/results/programs/KZ-DR/indicators")
                .param("code", code.toLowerCase(Locale.ROOT))
                .param("measure", "MANUAL")
                .param("unit", "PLACES")
                .param("nameEn", "Outpatient clinics open")
                .param("nameRu", "Открытые амбулатории")
                .param("definitionEn", "Clinics open at the end of the fiscal year.")
                .param("baseline", "12")
                .param("baselineYear", "2008")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(status().is3xxRedirection());
    var created = indicator(code);
    assertThat(created.measure()).isEqualTo(Measure.MANUAL);
    assertThat(created.baseline()).isEqualByComparingTo("12");
    assertThat(created.name("ru")).isEqualTo("Открытые амбулатории");
    assertThat(created.name("kk")).isEqualTo("Outpatient clinics open");

    // Editing keeps code and measure whatever the form says.
    mvc.perform(get("/results/indicators/{id}/edit", created.id()).with(as.user("pm.inl")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Outpatient clinics open")));
    mvc.perform(
            post("/results/indicators/{id}", created.id())
                .param("code", "HIJACK")
                .param("measure", "INSPECTIONS")
                .param("unit", "PLACES")
                .param("nameEn", "Outpatient clinics")
                .param("definitionEn", "Clinics open.")
                .param("onFactsheet", "true")
                .with(csrf())
                .with(as.user("admin")))
        .andExpect(status().is3xxRedirection());
    var edited = indicators.find(created.id()).orElseThrow();
    assertThat(edited.code()).isEqualTo(code);
    assertThat(edited.measure()).isEqualTo(Measure.MANUAL);
    assertThat(edited.nameEn()).isEqualTo("Outpatient clinics");
    assertThat(edited.onFactsheet()).isTrue();
    assertThat(edited.baseline()).isNull();
    mvc.perform(get("/results/programs/KZ-DR").with(as.user("pm.inl")))
        .andExpect(content().string(Matchers.containsString("indicator-" + code)));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action IN ('RESULTS_INDICATOR_CREATE', 'RESULTS_INDICATOR_UPDATE')"
                        + " AND target_id = ?")
                .param(String.valueOf(created.id()))
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // Partners and other roles define nothing.
    mvc.perform(get("/results/programs/KZ-CN/indicators/new").with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/results/programs/KZ-CN/indicators")
                .param("code", "X-1")
                .with(csrf())
                .with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/results/indicators/{id}", created.id())
                .param("nameEn", "x")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().isForbidden());
  }

  // ---- exports ------------------------------------------------------------------------------

  @Test
  void exportsHoldTheRowsOfThePageInCsvAndExcel() throws Exception {
    MvcResult csv =
        mvc.perform(get("/results/programs/KZ-TIP/export/csv").with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", Matchers.containsString("kuzet-results-KZ-TIP.csv")))
            .andReturn();
    String text = body(csv).replace("\uFEFF", "");
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    var tip08 =
        records.stream()
            .filter(
                r ->
                    r.get("Indicator code").equals("TIP-TRAINED") && r.get("Year").equals("FY2008"))
            .findFirst()
            .orElseThrow();
    assertThat(new BigDecimal(tip08.get("Actual")))
        .isEqualByComparingTo(actual("TIP-TRAINED", 2008));
    assertThat(new BigDecimal(tip08.get("Target"))).isEqualByComparingTo("150");
    assertThat(tip08.get("Breakdown")).contains("MIGRATION_POLICE F");
    assertThat(tip08.get("Cost per unit (USD)")).isNotBlank();

    byte[] xlsx =
        mvc.perform(get("/results/programs/KZ-TIP/export/xlsx").with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Indicator code");
    }
    mvc.perform(get("/results/countries/kazakhstan/export/csv").with(as.user("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/results/programs/KZ-TIP/export/pdf").with(as.user("pm.inl")))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE action = 'RESULTS_EXPORT'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);

    // A partner exports its own program, without the program-wide cost per unit.
    String partner =
        body(mvc.perform(get("/results/programs/KZ-CN/export/csv").with(as.user("partner.unodc")))
                .andExpect(status().isOk())
                .andReturn())
            .replace("\uFEFF", "");
    var rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(partner))
            .getRecords();
    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("Cost per unit (USD)")).isEmpty());
    mvc.perform(get("/results/programs/KZ-TIP/export/csv").with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCountryPageChartsEveryIndicatorThatHasYearsWithTheSameFiguresAsItsTable()
      throws Exception {
    String page =
        body(
            mvc.perform(get("/results/countries/kazakhstan").with(as.user("pm.inl")))
                .andExpect(status().isOk())
                .andReturn());
    var html = Jsoup.parse(page);
    assertThat(page).contains("/dist/echarts.min.js", "/js/results.js");
    var chart = html.selectFirst("#program-KZ-TIP #chart-TIP-TRAINED .results-chart");
    assertThat(chart).as("chart of officers trained at the Anti-TIP Center").isNotNull();
    assertThat(chart.attr("data-years")).contains("FY2008");
    BigDecimal fy08 = actual("TIP-TRAINED", 2008);
    assertThat(chart.attr("data-actuals")).contains(fy08.stripTrailingZeros().toPlainString());
    assertThat(chart.attr("data-targets")).contains("150");
    // Every chart's axis runs year by year, with no jump over years that have no figures.
    for (var c : html.select(".results-chart")) {
      var labels = c.attr("data-years").replaceAll("[\\[\\]\"FY]", "").split(",");
      for (int k = 1; k < labels.length; k++) {
        assertThat(Integer.parseInt(labels[k]))
            .as(c.attr("data-years"))
            .isEqualTo(Integer.parseInt(labels[k - 1]) + 1);
      }
      assertThat(c.attr("data-actuals").split(",")).hasSameSizeAs(labels);
    }
    // One chart per indicator that has years, in each program's section.
    for (var section : html.select("section[id^=program-]")) {
      long withYears =
          section.select("tbody tr[id]").stream()
              .map(r -> r.id().replaceFirst("-\\d+$", ""))
              .distinct()
              .count();
      assertThat(section.select(".results-chart")).as(section.id()).hasSize((int) withYears);
    }
  }

  // ---- access -------------------------------------------------------------------------------

  @Test
  void partnersReadTheirOwnProgramsAndEveryoneElseIsRefused() throws Exception {
    String iom =
        body(
            mvc.perform(get("/results").with(as.user("partner.iom")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(iom)
        .contains("/results/programs/KZ-BS")
        .doesNotContain("/results/programs/KZ-CN", "/results/programs/KZ-TIP");
    String bs =
        body(
            mvc.perform(get("/results/programs/KZ-BS").with(as.user("partner.iom")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(bs)
        .contains("indicator-BS-TRAINED", "Funding of the projects your organisation implements")
        .doesNotContain("Set target", "Cost per unit (USD)");
    mvc.perform(get("/results/programs/KZ-CN").with(as.user("partner.iom")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/results/programs/KZ-DR").with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/results/programs/NO-SUCH").with(as.user("pm.inl")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/results/countries/atlantis").with(as.user("pm.inl")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/results/programs/KZ-DR").with(as.user("admin"))).andExpect(status().isOk());
    mvc.perform(get("/results/countries/kazakhstan").with(as.user("partner.unodc")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("program-KZ-TIP"))));
    for (String user :
        List.of(
            "officer.cdc",
            "guard.bg",
            "analyst.cdc",
            "investigator.fp",
            "coordinator.li",
            "caseworker.mp")) {
      mvc.perform(get("/results").with(as.user(user))).andExpect(status().isForbidden());
      mvc.perform(get("/results/programs/KZ-TIP").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/results/programs/KZ-TIP/export/csv").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/results/indicators/{id}/targets", indicator("TIP-TRAINED").id())
                  .param("fiscalYear", "2030")
                  .param("target", "1")
                  .with(csrf())
                  .with(as.user(user)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/results")).andExpect(status().isUnauthorized());
  }

  // ---- the public fact sheet and the home panel ---------------------------------------------

  @Test
  void theFactSheetShowsPublicResultsOnlyOnThePageAndInThePdf() throws Exception {
    var tip = actualsOf("TIP-TRAINED");
    // The public sheet is the demo's snapshot as of January 20, 2009: FY2008 is the last year it
    // had completed, so nothing later shows.
    int latest = new TreeMap<>(tip).headMap(2009).lastKey();
    // The figure is the snapshot's, taken when it was approved; later records do not change it.
    String line = "Officers trained at the Anti-TIP Center, FY" + latest + ": ";
    String page =
        body(mvc.perform(get("/factsheets/kazakhstan")).andExpect(status().isOk()).andReturn());
    assertThat(page)
        .contains("id=\"results\"", ">Results<", line)
        .doesNotContain("FY2009:", "FY2010:")
        .doesNotContain("People reached by prevention", "Victims identified", "9,800");
    byte[] pdf =
        mvc.perform(get("/factsheets/kazakhstan.pdf"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Results", line);
    }
    String ru =
        body(
            mvc.perform(get("/factsheets/kazakhstan").param("lang", "ru"))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(ru)
        .contains(">Результаты<", "Обучено сотрудников в Центре по борьбе с торговлей людьми");
  }

  @Test
  void theHomePageHasAProgramResultsPanel() throws Exception {
    mvc.perform(get("/home").with(as.user("pm.inl")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Program results")))
        .andExpect(content().string(Matchers.containsString("/results/programs/KZ-TIP")));
    mvc.perform(get("/home").with(as.user("partner.iom")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/results/programs/KZ-BS")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("/results/programs/KZ-TIP"))));
    mvc.perform(get("/home").with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("/results/programs/"))));
  }
}
