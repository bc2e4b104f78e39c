package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.interdiction.AnalysisFixtures.plantInspection;
import static org.kuzet.interdiction.AnalysisFixtures.plantPerson;
import static org.kuzet.interdiction.AnalysisFixtures.plantSeizure;
import static org.kuzet.interdiction.InterdictionFixtures.ALMATY;
import static org.kuzet.interdiction.InterdictionFixtures.BG_POST;
import static org.kuzet.interdiction.InterdictionFixtures.CDC_POST;
import static org.kuzet.interdiction.InterdictionFixtures.inspection;
import static org.kuzet.interdiction.InterdictionFixtures.now;
import static org.kuzet.interdiction.InterdictionFixtures.postId;
import static org.kuzet.interdiction.InterdictionFixtures.uniquePlate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kuzet.interdiction.internal.movement.MovementIndex;
import org.kuzet.interdiction.internal.targeting.HitRates;
import org.kuzet.interdiction.internal.targeting.Rule;
import org.kuzet.interdiction.internal.targeting.TargetingRules;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The analysis side on a real database: risk scores and their rules, rule versions, hit rates,
 * movements with planted anomalies, dashboard totals against direct counts, exports opened and
 * read, and who is refused what.
 */
abstract class AnalysisChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired MovementIndex movementIndex;
  @Autowired TargetingRules rules;
  @Autowired HitRates hitRates;

  // ---- risk targeting ------------------------------------------------------------------------

  @Test
  void theScoreOnTheFormIsTheSumOfTheFiredRulesAndListsThem() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    // History: an earlier seizure from this very vehicle.
    Instant before = Instant.now().minus(Duration.ofDays(40));
    long earlier =
        plantInspection(jdbc, post, plate, before, "SEIZED", "Osh", "Almaty", "melons", "CDC_MOI");
    plantSeizure(jdbc, post, earlier, before, "HASHISH", "2.500", "KG", "spare tyre", "CDC_MOI");

    String html =
        mvc.perform(
                post("/interdiction/posts/{id}/risk", post)
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("inspectedAt", now())
                    .param("plate", plate)
                    .param("plateCountry", "KG")
                    .param("vehicleType", "TRUCK")
                    .param("cargo", "onions")
                    .param("origin", "Osh")
                    .param("destination", "Astana")
                    .param("persons[0].name", "")
                    .param("persons[0].documentNumber", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    var current = rules.current();
    int expected = 0;
    for (String code : List.of("PLATE_SEIZED_BEFORE", "PLATE_COUNTRY", "ORIGIN", "CARGO")) {
      Rule r =
          current.rules().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
      assertThat(html).contains("data-rule=\"" + code + "\"").contains("+" + r.weight());
      expected += r.weight();
    }
    List<Integer> listed = new ArrayList<>();
    Matcher m = Pattern.compile("<strong>\\+(\\d+)</strong>").matcher(html);
    while (m.find()) {
      listed.add(Integer.parseInt(m.group(1)));
    }
    int sum = listed.stream().mapToInt(Integer::intValue).sum();
    assertThat(sum).as("listed weights").isGreaterThanOrEqualTo(expected);
    assertThat(html).contains("Risk score " + sum);
  }

  /** Officers type in Russian or Kazakh: «дыни» from «Душанбе» scores as melons from Dushanbe. */
  @Test
  void targetingReadsRussianAndKazakhAsItReadsEnglish() throws Exception {
    long post = postId(jdbc, CDC_POST);
    var current = rules.current();
    int origin = weight(current.rules(), "ORIGIN");
    int cargo = weight(current.rules(), "CARGO");
    for (String[] typed :
        List.of(
            new String[] {"melons", "Dushanbe"},
            new String[] {"дыни", "Душанбе"},
            new String[] {"қауын", "Душанбе"},
            new String[] {"Дыни в ящиках", "ДУШАНБЕ"},
            new String[] {"лук", "Хорог"},
            new String[] {"пияз", "Қарақол"})) {
      String html =
          mvc.perform(
                  post("/interdiction/posts/{id}/risk", post)
                      .with(as.user("officer.cdc"))
                      .with(csrf())
                      .header("Accept-Language", "ru")
                      .param("inspectedAt", now())
                      .param("plate", uniquePlate())
                      .param("plateCountry", "Казахстан")
                      .param("vehicleType", "TRUCK")
                      .param("cargo", typed[0])
                      .param("origin", typed[1])
                      .param("destination", "Astana"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(html)
          .as(typed[0] + " from " + typed[1])
          .contains("data-rule=\"ORIGIN\"")
          .contains("+" + origin)
          .contains("data-rule=\"CARGO\"")
          .contains("+" + cargo)
          .doesNotContain("data-rule=\"PLATE_COUNTRY\"");
    }
    // Neither a word of no rule nor a place of none fires anything.
    String quiet =
        mvc.perform(
                post("/interdiction/posts/{id}/risk", post)
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("inspectedAt", now())
                    .param("plate", uniquePlate())
                    .param("plateCountry", "KZ")
                    .param("vehicleType", "TRUCK")
                    .param("cargo", "кирпич")
                    .param("origin", "Алматы")
                    .param("destination", "Astana"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(quiet).doesNotContain("data-rule=\"ORIGIN\"").doesNotContain("data-rule=\"CARGO\"");
  }

  @Test
  void loggingKeepsTheScoreWithTheRulesThatFired() throws Exception {
    long post = postId(jdbc, CDC_POST);
    String plate = uniquePlate();
    MvcResult r =
        mvc.perform(
                inspection(post, as.user("officer.cdc"), plate, now())
                    .with(
                        request -> {
                          // replace the fixture's declared origin and cargo
                          request.setParameter("origin", "Dushanbe");
                          request.setParameter("cargo", "dried fruit");
                          return request;
                        }))
            .andReturn();
    long id =
        Long.parseLong(
            r.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0]);
    int score =
        jdbc.sql("SELECT score FROM intd_risk_score WHERE inspection_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    int sum =
        jdbc.sql("SELECT COALESCE(SUM(weight), 0) FROM intd_risk_fired WHERE inspection_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    List<String> codes =
        jdbc.sql("SELECT rule_code FROM intd_risk_fired WHERE inspection_id = ? ORDER BY rule_code")
            .param(id)
            .query(String.class)
            .list();
    assertThat(codes).contains("ORIGIN", "CARGO");
    assertThat(score).isEqualTo(sum).isPositive();
    // The record shows the score it was logged with, and analysts get the vehicle's history from
    // it.
    String record =
        mvc.perform(get("/interdiction/inspections/{id}", id).with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(record)
        .contains("Risk score at logging: " + score)
        .contains("data-rule=\"ORIGIN\"")
        .contains("id=\"vehicle-history\"");
  }

  @Test
  void editingRulesWritesANewVersionAndKeepsTheOldOne() throws Exception {
    var before = rules.current();
    int originWeight = weight(before.rules(), "ORIGIN");
    var request =
        post("/interdiction/analysis/targeting")
            .with(as.user("analyst.cdc"))
            .with(csrf())
            .param("note", "origin matters more this season");
    for (int i = 0; i < before.rules().size(); i++) {
      Rule r = before.rules().get(i);
      request
          .param("rules[" + i + "].code", r.code())
          .param("rules[" + i + "].kind", r.kind().name())
          .param("rules[" + i + "].parameter", r.parameter())
          .param(
              "rules[" + i + "].weight",
              r.code().equals("ORIGIN") ? "33" : Integer.toString(r.weight()))
          .param("rules[" + i + "].description", r.description())
          .param("rules[" + i + "].terms", r.terms());
      if (r.enabled()) {
        request.param("rules[" + i + "].enabled", "true");
      }
    }
    mvc.perform(request).andExpect(status().is3xxRedirection());
    var after = rules.current();
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(weight(after.rules(), "ORIGIN")).isEqualTo(33);
    assertThat(weight(rules.version(before.version()).orElseThrow().rules(), "ORIGIN"))
        .isEqualTo(originWeight);
    assertThat(after.createdBy()).isEqualTo("analyst.cdc");
    mvc.perform(
            get("/interdiction/analysis/targeting/versions/{v}", before.version())
                .with(as.user("analyst.bg")))
        .andExpect(status().isOk());

    // A bad weight is refused by field, and nothing is saved.
    String refused =
        mvc.perform(
                post("/interdiction/analysis/targeting")
                    .with(as.user("analyst.cdc"))
                    .with(csrf())
                    .param("note", "bad")
                    .param("rules[0].code", "X1")
                    .param("rules[0].kind", "PLATE_COUNTRY")
                    .param("rules[0].parameter", "KG")
                    .param("rules[0].weight", "heavy")
                    .param("rules[0].description", "d"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("Rule 1, weight: must be a whole number from 0 to 100 (heavy)");
    assertThat(rules.current().version()).isEqualTo(after.version());
    // Officers read no rules page and save no rules.
    mvc.perform(
            post("/interdiction/analysis/targeting")
                .with(as.user("officer.cdc"))
                .with(csrf())
                .param("note", "x"))
        .andExpect(status().isForbidden());

    // Put the weights back (as a further version) so other checks score with the first weights.
    var restore =
        post("/interdiction/analysis/targeting")
            .with(as.user("analyst.cdc"))
            .with(csrf())
            .param("note", "back to before");
    for (int i = 0; i < before.rules().size(); i++) {
      Rule r = before.rules().get(i);
      restore
          .param("rules[" + i + "].code", r.code())
          .param("rules[" + i + "].kind", r.kind().name())
          .param("rules[" + i + "].parameter", r.parameter())
          .param("rules[" + i + "].weight", Integer.toString(r.weight()))
          .param("rules[" + i + "].description", r.description())
          .param("rules[" + i + "].terms", r.terms());
      if (r.enabled()) {
        restore.param("rules[" + i + "].enabled", "true");
      }
    }
    mvc.perform(restore).andExpect(status().is3xxRedirection());
    assertThat(rules.versions()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void hitRatesAreCountedFromTheRecords() {
    long post = postId(jdbc, CDC_POST);
    String code = "T" + uniquePlate();
    Instant at = Instant.now().minus(Duration.ofDays(3));
    long seized =
        plantInspection(
            jdbc, post, uniquePlate(), at, "SEARCHED", "Osh", "Almaty", "onions", "CDC_MOI");
    plantSeizure(jdbc, post, seized, at, "HEROIN", "1.000", "KG", "door panels", "CDC_MOI");
    long searched =
        plantInspection(
            jdbc, post, uniquePlate(), at, "SEARCHED", "Osh", "Almaty", "onions", "CDC_MOI");
    long cleared =
        plantInspection(
            jdbc, post, uniquePlate(), at, "CLEARED", "Osh", "Almaty", "onions", "CDC_MOI");
    long seizedResult =
        plantInspection(
            jdbc, post, uniquePlate(), at, "SEIZED", "Osh", "Almaty", "onions", "CDC_MOI");
    for (long id : List.of(seized, searched, cleared, seizedResult)) {
      jdbc.sql(
              "INSERT INTO intd_risk_fired (inspection_id, rule_code, weight, detail) VALUES (?, ?, 10, 'planted')")
          .params(id, code)
          .update();
    }
    HitRates.HitRate rate =
        hitRates.all().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow();
    assertThat(rate.fired()).isEqualTo(4);
    assertThat(rate.searched()).isEqualTo(3);
    assertThat(rate.found()).isEqualTo(2);
    assertThat(rate.rate()).isEqualTo(2.0 / 3);
  }

  // ---- movements -----------------------------------------------------------------------------

  @Test
  void unusualTravelTimesAreFlaggedOnPlantedMovements() throws Exception {
    long kordai = postId(jdbc, "CP-M39-KORDAI");
    long karaganda = postId(jdbc, "CP-M36-KARAGANDA");
    Instant start = Instant.now().minus(Duration.ofDays(10));
    // 30 vehicles take 590 to 619 minutes from Kordai to Karaganda; one takes 60, one 2,000.
    for (int i = 0; i < 30; i++) {
      String plate = uniquePlate();
      Instant t = start.plus(Duration.ofMinutes(i * 37L));
      long a =
          plantInspection(
              jdbc, kordai, plate, t, "CLEARED", "Bishkek", "Astana", "textiles", "CDC_MOI");
      long b =
          plantInspection(
              jdbc,
              karaganda,
              plate,
              t.plus(Duration.ofMinutes(590 + i)),
              "CLEARED",
              "Bishkek",
              "Astana",
              "textiles",
              "CDC_MOI");
      plantPerson(jdbc, a, kordai, t, "Driver " + plate, "DRIVER " + plate, "D" + plate);
      plantPerson(
          jdbc,
          b,
          karaganda,
          t.plus(Duration.ofMinutes(590 + i)),
          "Driver " + plate,
          "DRIVER " + plate,
          "D" + plate);
    }
    String fast = uniquePlate();
    String slow = uniquePlate();
    Instant t = start.plus(Duration.ofHours(30));
    plantInspection(jdbc, kordai, fast, t, "CLEARED", "Bishkek", "Astana", "textiles", "CDC_MOI");
    plantInspection(
        jdbc,
        karaganda,
        fast,
        t.plus(Duration.ofMinutes(60)),
        "CLEARED",
        "Bishkek",
        "Astana",
        "textiles",
        "CDC_MOI");
    long slowA =
        plantInspection(
            jdbc, kordai, slow, t, "CLEARED", "Bishkek", "Astana", "textiles", "CDC_MOI");
    long slowB =
        plantInspection(
            jdbc,
            karaganda,
            slow,
            t.plus(Duration.ofMinutes(2000)),
            "CLEARED",
            "Bishkek",
            "Astana",
            "textiles",
            "CDC_MOI");
    plantPerson(jdbc, slowA, kordai, t, "Медленный Пётр", "MEDLENNYJ PETR", "S" + slow);
    plantPerson(
        jdbc,
        slowB,
        karaganda,
        t.plus(Duration.ofMinutes(2000)),
        "Медленный Пётр",
        "MEDLENNYJ PETR",
        "S" + slow);

    movementIndex.refresh();

    assertThat(flag("V", fast)).isEqualTo("FAST");
    assertThat(flag("V", slow)).isEqualTo("SLOW");
    assertThat(flag("P", "D:S" + slow)).isEqualTo("SLOW");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM intd_movement WHERE subject = 'V' AND from_post = ? AND to_post = ? AND unusual IS NULL")
                .params(kordai, karaganda)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(30);
    var norm =
        jdbc.sql("SELECT legs, median FROM intd_pair_norm WHERE from_post = ? AND to_post = ?")
            .params(kordai, karaganda)
            .query()
            .singleRow();
    assertThat(((Number) norm.get("legs")).intValue()).isGreaterThanOrEqualTo(32);
    assertThat(((Number) norm.get("median")).doubleValue()).isBetween(590.0, 620.0);

    String page =
        mvc.perform(get("/interdiction/analysis/movements").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains(fast).contains(slow).contains("Too fast").contains("Too slow");
    String history =
        mvc.perform(
                get("/interdiction/analysis/movements/vehicle")
                    .param("plate", fast)
                    .with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(history).contains("Too fast").contains("Textiles".toLowerCase());
    mvc.perform(
            get("/interdiction/analysis/movements/person")
                .param("key", "D:S" + slow)
                .with(as.user("analyst.cdc")))
        .andExpect(status().isOk());
    // The person's document as shown at each post, with its expiry, and countries by name in the
    // reader's language.
    jdbc.sql(
            "UPDATE intd_person SET document_expiry = ?, document_country = 'UZB' WHERE document_number = ?")
        .params(LocalDate.of(2030, 5, 31), "S" + slow)
        .update();
    String personHistory =
        mvc.perform(
                get("/interdiction/analysis/movements/person")
                    .param("key", "D:S" + slow)
                    .param("lang", "ru")
                    .with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(personHistory)
        .contains("Паспорт S" + slow + " / Узбекистан")
        .contains("31.05.2030")
        .contains(slow + " (Казахстан)")
        .doesNotContain("(KAZ)")
        .doesNotContain(">KAZ<")
        .doesNotContain("PASSPORT");
    assertThat(
            mvc.perform(
                    get("/interdiction/analysis/movements/vehicle")
                        .param("plate", fast)
                        .param("lang", "kk")
                        .with(as.user("analyst.cdc")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains(fast + " (Қазақстан)");
    // The border guards' analyst does not see the checkpoints' records.
    mvc.perform(
            get("/interdiction/analysis/movements/vehicle")
                .param("plate", fast)
                .with(as.user("analyst.bg")))
        .andExpect(status().isNotFound());
    assertThat(
            mvc.perform(get("/interdiction/analysis/movements").with(as.user("analyst.bg")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain(fast);

    // A new sighting later is read by the next refresh, and the travel-time rule fires on the form.
    String plate = uniquePlate();
    Instant later = Instant.now().minus(Duration.ofHours(5));
    plantInspection(
        jdbc, kordai, plate, later, "CLEARED", "Bishkek", "Astana", "textiles", "CDC_MOI");
    String form =
        mvc.perform(
                post("/interdiction/posts/{id}/risk", karaganda)
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param(
                        "inspectedAt",
                        LocalDateTime.ofInstant(later.plus(Duration.ofMinutes(45)), ALMATY)
                            .withSecond(0)
                            .withNano(0)
                            .toString())
                    .param("plate", plate)
                    .param("plateCountry", "KZ")
                    .param("vehicleType", "TRUCK"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(form).contains("data-rule=\"TRAVEL_TIME\"").contains("too fast");
    plantInspection(
        jdbc,
        karaganda,
        plate,
        later.plus(Duration.ofMinutes(45)),
        "CLEARED",
        "Bishkek",
        "Astana",
        "textiles",
        "CDC_MOI");
    assertThat(movementIndex.refresh().vehicleLegs()).isPositive();
    assertThat(flag("V", plate)).isEqualTo("FAST");
  }

  private String flag(String subject, String key) {
    return jdbc.sql("SELECT unusual FROM intd_movement WHERE subject = ? AND subject_key = ?")
        .params(subject, key)
        .query(String.class)
        .single();
  }

  // ---- seizure analytics and exports ---------------------------------------------------------

  @Test
  void partnersSeeNoSmallCellsInTheSeizureStatistics() throws Exception {
    plantSomeSeizures();
    String from = LocalDate.now(ALMATY).minusDays(400).toString();
    String to = LocalDate.now(ALMATY).toString();
    String page =
        mvc.perform(
                get("/interdiction/statistics")
                    .with(as.user("partner.unodc"))
                    .param("from", from)
                    .param("to", to))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String total = cell(page, "total-cases");
    boolean totalHidden = total.equals("suppressed");
    assertThat(totalHidden || Long.parseLong(total) == 0 || Long.parseLong(total) >= 10)
        .as("total " + total)
        .isTrue();
    int hiddenSomewhere = 0;
    for (String dimension :
        List.of("MONTH", "DRUG", "POST", "REGION", "ROUTE", "CONCEALMENT", "AGENCY")) {
      List<CSVRecord> analyst =
          csv(
              mvc.perform(
                      get("/interdiction/statistics/chart.csv")
                          .with(as.user("analyst.cdc"))
                          .param("dimension", dimension)
                          .param("from", from)
                          .param("to", to))
                  .andExpect(status().isOk())
                  .andReturn());
      List<CSVRecord> partner =
          csv(
              mvc.perform(
                      get("/interdiction/statistics/chart.csv")
                          .with(as.user("partner.unodc"))
                          .param("dimension", dimension)
                          .param("from", from)
                          .param("to", to))
                  .andExpect(status().isOk())
                  .andReturn());
      long hidden = partner.stream().filter(c -> c.get("cases").equals("suppressed")).count();
      hiddenSomewhere += (int) hidden;
      for (CSVRecord c : partner) {
        if (!c.get("cases").equals("suppressed")) {
          long n = Long.parseLong(c.get("cases"));
          assertThat(n == 0 || n >= 10)
              .as(dimension + " " + c.get(0) + ": " + n + " seizures shown")
              .isTrue();
        } else {
          assertThat(c.get("kg")).isEqualTo("suppressed");
        }
      }
      // No line (the groups with the total) holds a single hidden figure that could be worked out.
      assertThat(hidden + (totalHidden ? 1 : 0)).as(dimension).isNotEqualTo(1);
      // The analyst's own export is whole.
      assertThat(analyst).hasSameSizeAs(partner);
    }
    assertThat(hiddenSomewhere).as("the data has small groups to hide").isPositive();
  }

  @Test
  void dashboardTotalsEqualDirectCountsForEveryFilter() throws Exception {
    plantSomeSeizures();
    LocalDate from = LocalDate.now(ALMATY).minusDays(400);
    LocalDate to = LocalDate.now(ALMATY);
    Instant start = from.atStartOfDay(ALMATY).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ALMATY).toInstant();
    for (String[] filter :
        List.of(
            new String[] {"", "", ""},
            new String[] {"HEROIN", "", ""},
            new String[] {"", "KZ-ZHA", ""},
            new String[] {"", "", "BORDER_GUARDS"},
            new String[] {"HERBAL_CANNABIS", "KZ-ZHA", "CDC_MOI"})) {
      String page =
          mvc.perform(
                  get("/interdiction/statistics")
                      .with(as.user("analyst.cdc"))
                      .param("from", from.toString())
                      .param("to", to.toString())
                      .param("drug", filter[0])
                      .param("region", filter[1])
                      .param("agency", filter[2]))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      String where =
          " FROM intd_seizure s JOIN intd_post p ON p.id = s.post_id WHERE s.seized_at >= ? AND s.seized_at < ?"
              + " AND (? = '' OR s.drug_type = ?) AND (? = '' OR p.region_iso = ?) AND (? = '' OR s.agency_code = ?)";
      Object[] params = {
        start.atOffset(ZoneOffset.UTC),
        end.atOffset(ZoneOffset.UTC),
        filter[0],
        filter[0],
        filter[1],
        filter[1],
        filter[2],
        filter[2]
      };
      long cases = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
      BigDecimal kg =
          jdbc.sql("SELECT COALESCE(SUM(s.quantity), 0)" + where + " AND s.unit = 'KG'")
              .params(params)
              .query(BigDecimal.class)
              .single();
      long arrested =
          jdbc.sql(
                  "SELECT COUNT(*) FROM intd_seizure_arrest a WHERE a.seizure_id IN (SELECT s.id"
                      + where
                      + ")")
              .params(params)
              .query(Long.class)
              .single();
      assertThat(cell(page, "total-cases"))
          .as("cases " + String.join("/", filter))
          .isEqualTo(Long.toString(cases));
      assertThat(new BigDecimal(dataValue(page, "total-kg"))).as("kg").isEqualByComparingTo(kg);
      // The figure shown is written the reader's way: the same amount, a decimal comma in Russian.
      assertThat(cell(page, "total-kg").replace(",", ""))
          .as("kg in English")
          .isEqualTo(kg.stripTrailingZeros().toPlainString());
      assertThat(cell(page, "total-arrested")).as("arrested").isEqualTo(Long.toString(arrested));
      if (filter[0].isEmpty() && filter[1].isEmpty() && filter[2].isEmpty()) {
        assertThat(cases).isGreaterThanOrEqualTo(4);
        String russian =
            cell(
                mvc.perform(
                        get("/interdiction/statistics")
                            .with(as.user("analyst.cdc"))
                            .param("from", from.toString())
                            .param("to", to.toString())
                            .param("lang", "ru"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8),
                "total-kg");
        assertThat(kg.stripTrailingZeros().scale()).as("the planted kg have decimals").isPositive();
        assertThat(russian).doesNotContain(".").contains(",");
        assertThat(new BigDecimal(russian.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.')))
            .isEqualByComparingTo(kg);
        // Each chart's CSV adds up to the same totals.
        for (String dimension : List.of("MONTH", "DRUG", "POST", "ROUTE", "CONCEALMENT")) {
          List<CSVRecord> csv =
              csv(
                  mvc.perform(
                          get("/interdiction/statistics/chart.csv")
                              .with(as.user("analyst.cdc"))
                              .param("dimension", dimension)
                              .param("from", from.toString())
                              .param("to", to.toString()))
                      .andExpect(status().isOk())
                      .andReturn());
          assertThat(csv.stream().mapToLong(c -> Long.parseLong(c.get("cases"))).sum())
              .as(dimension)
              .isEqualTo(cases);
          assertThat(
                  csv.stream()
                      .map(c -> new BigDecimal(c.get("kg")))
                      .reduce(BigDecimal.ZERO, BigDecimal::add))
              .isEqualByComparingTo(kg);
        }
      }
    }
    // A bad filter is refused by name.
    mvc.perform(
            get("/interdiction/statistics")
                .with(as.user("analyst.cdc"))
                .param("from", "2026-13-01"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void seizureExportsOpenAndHoldTheUnodcColumnsAndOnlyTheAgencysRecords() throws Exception {
    plantSomeSeizures();
    String from = LocalDate.now(ALMATY).minusDays(400).toString();
    String to = LocalDate.now(ALMATY).toString();
    Instant start = LocalDate.parse(from).atStartOfDay(ALMATY).toInstant();
    long own =
        jdbc.sql(
                "SELECT COUNT(*) FROM intd_seizure s JOIN intd_post p ON p.id = s.post_id"
                    + " WHERE p.agency_code = 'CDC_MOI' AND s.seized_at >= ?")
            .param(start.atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single();

    MvcResult xlsx =
        mvc.perform(
                get("/interdiction/analysis/seizures.xlsx")
                    .with(as.user("analyst.cdc"))
                    .param("from", from)
                    .param("to", to))
            .andExpect(status().isOk())
            .andReturn();
    try (var book =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Seizure ID");
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Drug type");
      assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Concealment method");
      assertThat(header.getCell(22).getStringCellValue())
          .isEqualTo("Nationality of persons arrested");
      assertThat(sheet.getLastRowNum()).isEqualTo((int) own);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo("CDC_MOI");
      }
    }
    List<CSVRecord> csv =
        csv(
            mvc.perform(
                    get("/interdiction/analysis/seizures.csv")
                        .with(as.user("analyst.cdc"))
                        .param("from", from)
                        .param("to", to))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(csv).hasSize((int) own);
    assertThat(String.join(",", csv.get(0).getParser().getHeaderNames())).doesNotContain("Name");

    // The annual questionnaire totals, derived from the same rows.
    int year = LocalDate.now(ALMATY).getYear();
    Instant y0 = LocalDate.of(year, 1, 1).atStartOfDay(ALMATY).toInstant();
    Instant y1 = LocalDate.of(year + 1, 1, 1).atStartOfDay(ALMATY).toInstant();
    long cases =
        jdbc.sql("SELECT COUNT(*) FROM intd_seizure WHERE seized_at >= ? AND seized_at < ?")
            .params(y0.atOffset(ZoneOffset.UTC), y1.atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single();
    BigDecimal heroin =
        jdbc.sql(
                "SELECT COALESCE(SUM(quantity), 0) FROM intd_seizure WHERE seized_at >= ? AND seized_at < ? AND drug_type = 'HEROIN' AND unit = 'KG'")
            .params(y0.atOffset(ZoneOffset.UTC), y1.atOffset(ZoneOffset.UTC))
            .query(BigDecimal.class)
            .single();
    // An analyst's questionnaire holds every figure; a partner's is published (checked below).
    MvcResult arq =
        mvc.perform(
                get("/interdiction/statistics/annual.xlsx")
                    .param("year", Integer.toString(year))
                    .with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn();
    try (var book =
        new XSSFWorkbook(new ByteArrayInputStream(arq.getResponse().getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Main routes");
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue())
          .isEqualTo("Persons arrested by nationality");
      long total = 0;
      BigDecimal heroinKg = BigDecimal.ZERO;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        total += (long) sheet.getRow(r).getCell(2).getNumericCellValue();
        if (sheet.getRow(r).getCell(1).getStringCellValue().equals("HEROIN")) {
          heroinKg = BigDecimal.valueOf(sheet.getRow(r).getCell(3).getNumericCellValue());
          assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).contains("AFG > TJK > RUS");
          assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).contains("UZB");
        }
      }
      assertThat(total).isEqualTo(cases);
      assertThat(heroinKg.doubleValue()).isCloseTo(heroin.doubleValue(), Offset.offset(0.0005));
    }
    String anonymised =
        mvc.perform(get("/interdiction/statistics/annual").with(as.user("partner.unodc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(anonymised).doesNotContain("Арестованный");
  }

  @Test
  void partnersSeeNoSmallCellsInTheAnnualQuestionnaire() throws Exception {
    plantSomeSeizures();
    int year = LocalDate.now(ALMATY).minusDays(2).getYear();
    List<CSVRecord> analyst =
        csv(
            mvc.perform(
                    get("/interdiction/statistics/annual.csv")
                        .param("year", Integer.toString(year))
                        .with(as.user("analyst.cdc")))
                .andExpect(status().isOk())
                .andReturn());
    List<CSVRecord> partner =
        csv(
            mvc.perform(
                    get("/interdiction/statistics/annual.csv")
                        .param("year", Integer.toString(year))
                        .with(as.user("partner.unodc")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(partner).hasSameSizeAs(analyst);
    assertThat(analyst.stream().anyMatch(r -> Long.parseLong(r.get("Cases")) < 10))
        .as("the data has small groups")
        .isTrue();
    long hidden = 0;
    for (CSVRecord r : partner) {
      if (r.get("Cases").equals("suppressed")) {
        hidden++;
        assertThat(r.get("Quantity (kg)")).isEqualTo("suppressed");
        assertThat(r.get("Persons arrested by nationality")).isEqualTo("suppressed");
      } else {
        assertThat(Long.parseLong(r.get("Cases"))).as(r.get("Drug")).isGreaterThanOrEqualTo(10);
        String arrested = r.get("Persons arrested");
        assertThat(
                arrested.equals("suppressed")
                    || Long.parseLong(arrested) == 0
                    || Long.parseLong(arrested) >= 10)
            .as(r.get("Drug") + " arrested " + arrested)
            .isTrue();
      }
    }
    // No drug stands alone hidden, where the others and the total would give it away.
    assertThat(hidden).isNotEqualTo(1);
    String page =
        mvc.perform(
                get("/interdiction/statistics/annual")
                    .param("year", Integer.toString(year))
                    .with(as.user("partner.unodc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"annual-small-cells\"");
  }

  // ---- refusals ------------------------------------------------------------------------------

  @Test
  void eachViewRefusesTheRolesAndAgenciesThatMayNotSeeIt() throws Exception {
    long cdcPost = postId(jdbc, CDC_POST);
    // Partners and the program office read anonymised statistics only.
    for (String user : List.of("partner.unodc", "pm.inl")) {
      mvc.perform(get("/interdiction/statistics").with(as.user(user))).andExpect(status().isOk());
      mvc.perform(get("/interdiction/analysis/seizures.csv").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/interdiction/analysis/movements").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/interdiction/analysis/targeting").with(as.user(user)))
          .andExpect(status().isForbidden());
    }
    // Officers, investigators, caseworkers and administrators see no analysis at all.
    for (String user :
        List.of("officer.cdc", "guard.bg", "investigator.fp", "caseworker.mp", "admin")) {
      mvc.perform(get("/interdiction/statistics").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/interdiction/statistics/annual.csv").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/interdiction/analysis/movements").with(as.user(user)))
          .andExpect(status().isForbidden());
    }
    // The score on the form is for the post's own officers.
    mvc.perform(
            post("/interdiction/posts/{id}/risk", cdcPost)
                .with(as.user("guard.bg"))
                .with(csrf())
                .param("plate", "123ABC02"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/interdiction/posts/{id}/risk", cdcPost)
                .with(as.user("analyst.cdc"))
                .with(csrf())
                .param("plate", "123ABC02"))
        .andExpect(status().isForbidden());
    // Another agency's analyst exports only their own posts' seizures.
    long bgPost = postId(jdbc, BG_POST);
    plantSeizure(
        jdbc,
        bgPost,
        null,
        Instant.now().minus(Duration.ofDays(1)),
        "OPIUM",
        "0.700",
        "KG",
        "luggage",
        "BORDER_GUARDS");
    List<CSVRecord> bg =
        csv(
            mvc.perform(get("/interdiction/analysis/seizures.csv").with(as.user("analyst.bg")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(bg)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("Seizing agency")).isEqualTo("BORDER_GUARDS"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void plantSomeSeizures() {
    long cdc = postId(jdbc, CDC_POST);
    long bg = postId(jdbc, BG_POST);
    Instant t = Instant.now().minus(Duration.ofDays(2));
    plantSeizure(
        jdbc, cdc, null, t, "HEROIN", "3.250", "KG", "door panels", "CDC_MOI", "UZB", "KAZ");
    plantSeizure(
        jdbc,
        cdc,
        null,
        t.minus(Duration.ofDays(35)),
        "HERBAL_CANNABIS",
        "12.000",
        "KG",
        "among melons",
        "CDC_MOI",
        "KGZ");
    plantSeizure(
        jdbc,
        bg,
        null,
        t.minus(Duration.ofDays(70)),
        "HASHISH",
        "0.875",
        "KG",
        "fuel tank",
        "BORDER_GUARDS");
    plantSeizure(
        jdbc,
        bg,
        null,
        t.minus(Duration.ofDays(3)),
        "SYNTHETIC",
        "40",
        "UNITS",
        "luggage",
        "BORDER_GUARDS",
        "RUS");
  }

  private static int weight(List<Rule> rules, String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().weight();
  }

  /** The plain figure a cell keeps in its {@code data-value} attribute. */
  private static String dataValue(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*data-value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("cell " + id + " with a data-value").isTrue();
    return m.group(1);
  }

  private static String cell(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as("cell " + id).isTrue();
    return m.group(1).strip();
  }

  private static List<CSVRecord> csv(MvcResult r) throws Exception {
    String text = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }
}
