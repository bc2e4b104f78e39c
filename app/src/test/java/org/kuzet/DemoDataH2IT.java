package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.goaml.GoAmlSchema;
import org.kuzet.testing.As;
import org.kuzet.testing.OnDemoH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo installation as a newcomer finds it on first start: the shipped UN and OFAC lists
 * active, two years of checkpoint traffic with seizures, lookouts and hits, the analysis pages
 * full, an import with alerts and an illustrative case whose goAML report passes the schema. And a
 * report that would break the schema is refused with the element named, not offered.
 */
@OnDemoH2
class DemoDataH2IT {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient db;

  long count(String sql, Object... params) {
    return db.sql(sql).params(params).query(Long.class).single();
  }

  @Test
  void theShippedListsAreActiveWithoutAnySharedFolder() {
    List<String> active =
        db.sql(
                "SELECT l.name FROM wl_list l JOIN wl_version v ON v.list_id = l.id WHERE v.status = 'ACTIVE'"
                    + " ORDER BY l.name")
            .query(String.class)
            .list();
    assertThat(active).contains("OFAC", "UN", "KZ-NATIONAL");
    assertThat(
            count(
                "SELECT MAX(v.entry_count) FROM wl_version v JOIN wl_list l ON l.id = v.list_id"
                    + " WHERE l.name = 'OFAC'"))
        .isGreaterThan(8000);
    assertThat(
            count(
                "SELECT MAX(v.entry_count) FROM wl_version v JOIN wl_list l ON l.id = v.list_id"
                    + " WHERE l.name = 'UN'"))
        .isGreaterThan(900);
  }

  @Test
  void twoYearsOfCheckpointTrafficWithSeizuresLookoutsAndHits() throws Exception {
    assertThat(count("SELECT COUNT(*) FROM intd_inspection")).isGreaterThan(15_000);
    OffsetDateTime first =
        db.sql("SELECT MIN(inspected_at) FROM intd_inspection")
            .query(OffsetDateTime.class)
            .single();
    assertThat(first.toInstant()).isBefore(Instant.now().minus(600, ChronoUnit.DAYS));
    assertThat(count("SELECT COUNT(*) FROM intd_seizure")).isGreaterThan(60);
    // In each of the two years, not only in one.
    assertThat(
            count(
                "SELECT COUNT(*) FROM intd_seizure WHERE seized_at < ?",
                OffsetDateTime.now().minusDays(365)))
        .isGreaterThan(20);
    assertThat(count("SELECT COUNT(*) FROM intd_lookout")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM intd_hit WHERE kind = 'WATCHLIST'"))
        .isGreaterThanOrEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM intd_hit WHERE kind = 'LOOKOUT'"))
        .isGreaterThanOrEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM intd_alert")).isPositive();

    String statistics =
        mvc.perform(get("/interdiction/statistics").with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // The page's chart data, as the script reads it: seizures counted in the default period.
    assertThat(statistics).containsPattern("\"cases\":[1-9]");
  }

  @Test
  void theInvestigatorsFindAlertsAndACaseWhoseGoAmlReportPassesTheSchema() throws Exception {
    Long caseId =
        db.sql(
                "SELECT id FROM fin_case WHERE agency_code = 'FINANCIAL_POLICE' AND illustrative = TRUE")
            .query(Long.class)
            .single();
    assertThat(count("SELECT COUNT(*) FROM fin_alert WHERE case_id = ?", caseId)).isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM fin_alert WHERE agency_code = 'FINANCIAL_POLICE'"
                    + " AND status IN ('NEW', 'ASSIGNED')"))
        .isPositive();
    byte[] xml =
        mvc.perform(get("/finintel/cases/" + caseId + "/str.xml").with(as.user("investigator.fp")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    GoAmlSchema.validate(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<rentity_id>1001</rentity_id>")
        .containsPattern("<amount_local>\\d+\\.\\d\\d</amount_local>");
  }

  @Test
  void aReportThatBreaksTheSchemaIsRefusedNamingTheElement() throws Exception {
    String p = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    StringBuilder csv =
        new StringBuilder(
            "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,"
                + "Payment Currency,Payment Format\n");
    csv.append(
        String.format(
            "2024/03/04 09:00,T%s,SRC%s,T%s,HUB%s,110000.00,US Dollar,110000.00,US Dollar,Wire%n",
            p, p, p, p));
    for (int i = 0; i < 12; i++) {
      csv.append(
          String.format(
              "2024/03/04 10:%02d,T%s,HUB%s,T%s,MULE%s%02d,%d.00,US Dollar,%d.00,US Dollar,Wire%n",
              i * 5, p, p, p, p, i, 9000 + i * 7, 9000 + i * 7));
    }
    String created =
        mvc.perform(
                multipart("/api/finintel/imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "pgo.csv",
                            "text/csv",
                            csv.toString().getBytes(StandardCharsets.UTF_8)))
                    .param("format", "ibm")
                    .with(as.user("investigator.pgo")))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long importId = ((Number) JsonPath.read(created, "$.id")).longValue();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!db.sql("SELECT status FROM fin_import WHERE id = ?")
        .param(importId)
        .query(String.class)
        .single()
        .equals("DONE")) {
      assertThat(System.currentTimeMillis()).isLessThan(deadline);
      Thread.sleep(50);
    }
    long alert = count("SELECT MIN(id) FROM fin_alert WHERE import_id = ?", importId);
    String escalated =
        mvc.perform(
                post("/api/finintel/alerts/" + alert + "/escalate")
                    .param("title", "PGO case")
                    .with(as.user("investigator.pgo"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long caseId = ((Number) JsonPath.read(escalated, "$.caseId")).longValue();

    String page =
        mvc.perform(get("/finintel/cases/" + caseId + "/str.xml").with(as.user("investigator.pgo")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("country_code").contains("XX").doesNotContain("<report>");
    assertThat(
            count(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'finintel.case.export.goaml' AND target_id = ?",
                Long.toString(caseId)))
        .isZero();
  }
}
