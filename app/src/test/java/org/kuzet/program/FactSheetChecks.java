package org.kuzet.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public fact sheet against the seed document: every line of the seed's fact sheet, and every
 * figure, date and named organisation in it, appears in the page and in the PDF, drawn from the
 * database.
 */
abstract class FactSheetChecks {

  static SeedDocument seed;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired As as;

  @BeforeAll
  static void readSeed() throws Exception {
    seed = SeedDocument.read();
  }

  String pageText(String path) throws Exception {
    String html =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return SeedDocument.normalise(Jsoup.parse(html).select("#main article").text());
  }

  String pdfText(String path) throws Exception {
    byte[] pdf =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var doc = Loader.loadPDF(pdf)) {
      return SeedDocument.normalise(new PDFTextStripper().getText(doc));
    }
  }

  @Test
  void theSeedYieldsWhatItShould() {
    assertThat(seed.figures())
        .contains(
            "$2.4 million",
            "$2.1 million",
            "$1.9 million",
            "$1.01 million",
            "FY05",
            "FY08",
            "FY2005-2008",
            "30",
            "seven",
            "three",
            "five",
            "two",
            "2006");
    assertThat(seed.dates()).contains("January 20, 2009", "May 2007", "February 2007");
    assertThat(seed.organisations())
        .contains(
            "United Nations Office on Drugs and Crime (UNODC)",
            "International Organization for Migration (IOM)",
            "Office of the Procurator General (PGO)",
            "FSA");
  }

  @Test
  void publicPageCarriesEveryLineFigureDateAndOrganisationOfTheSeed() throws Exception {
    check(pageText("/factsheets/kazakhstan"));
  }

  @Test
  void pdfCarriesTheSameText() throws Exception {
    check(pdfText("/factsheets/kazakhstan.pdf"));
  }

  private void check(String rendered) {
    for (String line : seed.lines) {
      assertThat(rendered).as("line of the seed").contains(line);
    }
    for (String figure : seed.figures()) {
      assertThat(rendered).as("figure").contains(figure);
    }
    for (String date : seed.dates()) {
      assertThat(rendered).as("date").contains(date);
    }
    for (String org : seed.organisations()) {
      assertThat(rendered).as("organisation").contains(org);
    }
  }

  @Test
  void pageHasBackToTopAndPrintStylesheetAndNeedsNoSignIn() throws Exception {
    String html =
        mvc.perform(get("/factsheets/kazakhstan"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var doc = Jsoup.parse(html);
    assertThat(doc.select("a[href=#top]")).isNotEmpty();
    assertThat(doc.getElementById("top")).isNotNull();
    assertThat(html).contains("@media print");
    assertThat(doc.select("#funding tr")).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void russianReaderGetsRussianTextsAndCyrillicInThePdf() throws Exception {
    String page = pageText("/factsheets/kazakhstan?lang=ru");
    assertThat(page)
        .contains("Информационный бюллетень", "Пограничная служба", "Наверх", "2,4 млн долл. США");
    String pdf = pdfText("/factsheets/kazakhstan.pdf?lang=ru");
    assertThat(pdf)
        .contains(
            "Информационный бюллетень",
            "Карагандинский юридический институт МВД",
            "2,4 млн долл. США");
  }

  @Test
  void kazakhReaderGetsKazakhTexts() throws Exception {
    String page = pageText("/factsheets/kazakhstan?lang=kk");
    assertThat(page)
        .contains(
            "Ақпараттық парақ", "Есірткіге қарсы күрес:", "Қарағанды", "АҚШ доллары", "Жоғарыға")
        .doesNotContain("Back to Top");
    assertThat(pdfText("/factsheets/kazakhstan.pdf?lang=kk"))
        .contains("Шекара қауіпсіздігі", "Қазақстан");
  }

  @Test
  void unknownCountryIs404AndIndexListsKazakhstan() throws Exception {
    mvc.perform(get("/factsheets/atlantis")).andExpect(status().isNotFound());
    mvc.perform(get("/factsheets"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/factsheets/kazakhstan")));
    mvc.perform(get("/factsheets/kazakhstan.pdf"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition", Matchers.containsString("kazakhstan-fact-sheet.pdf")));
  }

  @Test
  void theFundingTotalCountsOnlyProgramsOnTheSheet() throws Exception {
    String country = "kazakhstan";
    int year =
        jdbc.sql(
                "SELECT MIN(f.fiscal_year) FROM prog_funding f JOIN prog_program p ON p.id = f.program_id"
                    + " WHERE p.country_code = ? AND p.on_factsheet = TRUE")
            .param(country)
            .query(Integer.class)
            .single();
    String source =
        jdbc.sql("SELECT code FROM prog_funding_source FETCH FIRST 1 ROWS ONLY")
            .query(String.class)
            .single();
    long program = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    String before = fundingTable(preview(publish("pm.inl", "2009-01-20")));
    jdbc.sql(
            "INSERT INTO prog_program (id, code, country_code, on_factsheet) VALUES (?, ?, ?, FALSE)")
        .params(program, "HIDDEN-" + program, country)
        .update();
    jdbc.sql(
            "INSERT INTO prog_funding (program_id, fiscal_year, source_code, obligated, currency) VALUES (?, ?, ?, 5000000, 'USD')")
        .params(program, year, source)
        .update();
    try {
      assertThat(fundingTable(preview(publish("pm.inl", "2009-01-20"))))
          .as("a program not on the sheet adds nothing to its funding")
          .isEqualTo(before)
          .contains("FY05: $2.4 million");
    } finally {
      jdbc.sql("DELETE FROM prog_funding WHERE program_id = ?").param(program).update();
      jdbc.sql("DELETE FROM prog_program WHERE id = ?").param(program).update();
      restoreDemoSnapshot();
    }
  }

  // ---- published, reviewed snapshots ---------------------------------------------------------

  @Test
  void theDemoStartsWithAnApprovedSnapshotOfTheSeedDatePublishedAndApprovedByTwoPeople() {
    var row =
        jdbc.sql(
                "SELECT as_of, published_by, reviewed_by FROM prog_factsheet_snapshot WHERE country_code = 'kazakhstan' AND status = 'APPROVED'")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
    assertThat(row).containsExactly("2009-01-20", "pm.inl", "pm.review");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action IN ('FACTSHEET_PUBLISH', 'FACTSHEET_APPROVE')")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aSheetDatedJanuary2009ShowsNoPeriodThatHadNotEndedByThen() throws Exception {
    String page = pageText("/factsheets/kazakhstan");
    for (int fy = 2009; fy <= 2030; fy++) {
      assertThat(page)
          .as("nothing of FY" + fy)
          .doesNotContain("FY" + fy + ":", "FY" + (fy % 100) + ":");
    }
  }

  @Test
  void liveRecordsReachThePublicOnlyThroughAnApprovedSnapshotOfASecondManager() throws Exception {
    String note = "snapshot test " + System.nanoTime();
    long program =
        jdbc.sql(
                "SELECT id FROM prog_program WHERE country_code = 'kazakhstan' AND on_factsheet = TRUE ORDER BY id FETCH FIRST 1 ROWS ONLY")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO prog_funding (program_id, fiscal_year, source_code, obligated, currency, note) VALUES (?, 2009, 'FSA', 1750000, 'USD', ?)")
        .params(program, note)
        .update();
    try {
      String before = fundingTable();
      assertThat(before).doesNotContain("FY09");
      String today = LocalDate.now().toString();
      long id = publish("pm.inl", today);
      assertThat(fundingTable(preview(id))).contains("FY09: $1.75 million");
      assertThat(fundingTable())
          .as("a snapshot waiting for review is not public")
          .isEqualTo(before);

      // The publisher may not approve their own; a partner and an analyst may not review at all.
      mvc.perform(
              post("/program/factsheets/" + id + "/approve").with(as.user("pm.inl")).with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(
              flash()
                  .attribute(
                      "error",
                      "You published this snapshot: a second program manager must review it."));
      mvc.perform(
              post("/program/factsheets/" + id + "/approve")
                  .with(as.user("partner.unodc"))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/program/factsheets/" + id + "/approve")
                  .with(as.user("analyst.cdc"))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/program/factsheets")
                  .param("country", "kazakhstan")
                  .param("asOf", today)
                  .with(as.user("partner.unodc"))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(get("/program/factsheets/" + id).with(as.user("partner.unodc")))
          .andExpect(status().isForbidden());
      assertThat(snapshotStatus(id)).isEqualTo("PENDING");
      assertThat(fundingTable()).isEqualTo(before);

      mvc.perform(
              post("/program/factsheets/" + id + "/approve")
                  .with(as.user("pm.review"))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attributeExists("ok"));
      assertThat(snapshotStatus(id)).isEqualTo("APPROVED");
      assertThat(fundingTable()).contains("FY09: $1.75 million");
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM prog_factsheet_snapshot WHERE country_code = 'kazakhstan' AND status = 'APPROVED'")
                  .query(Long.class)
                  .single())
          .as("the approved one before is superseded")
          .isEqualTo(1);
      assertThat(
              jdbc.sql(
                      "SELECT actor FROM idn_audit WHERE action = 'FACTSHEET_APPROVE' AND target_id = ?")
                  .param(Long.toString(id))
                  .query(String.class)
                  .single())
          .isEqualTo("pm.review");
      // Reviewed once only.
      mvc.perform(
              post("/program/factsheets/" + id + "/reject").with(as.user("pm.review")).with(csrf()))
          .andExpect(status().isConflict());

      // A date in the future is refused, and nothing is kept.
      long count =
          jdbc.sql("SELECT COUNT(*) FROM prog_factsheet_snapshot").query(Long.class).single();
      mvc.perform(
              post("/program/factsheets")
                  .param("country", "kazakhstan")
                  .param("asOf", "2999-01-01")
                  .with(as.user("pm.inl"))
                  .with(csrf()))
          .andExpect(
              flash().attribute("error", "The date of the figures cannot be in the future."));
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM prog_factsheet_snapshot").query(Long.class).single())
          .isEqualTo(count);
    } finally {
      jdbc.sql("DELETE FROM prog_funding WHERE note = ?").param(note).update();
      restoreDemoSnapshot();
    }
    assertThat(fundingTable()).doesNotContain("FY09");
  }

  long publish(String user, String asOf) throws Exception {
    mvc.perform(
            post("/program/factsheets")
                .param("country", "kazakhstan")
                .param("asOf", asOf)
                .with(as.user(user))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("ok"));
    return jdbc.sql("SELECT MAX(id) FROM prog_factsheet_snapshot").query(Long.class).single();
  }

  String preview(long id) throws Exception {
    return mvc.perform(get("/program/factsheets/" + id).with(as.user("pm.review")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String snapshotStatus(long id) {
    return jdbc.sql("SELECT status FROM prog_factsheet_snapshot WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  /** Leaves the demo's snapshot of January 20, 2009 the public one, as the other tests expect. */
  void restoreDemoSnapshot() {
    long demo =
        jdbc.sql("SELECT MIN(id) FROM prog_factsheet_snapshot WHERE country_code = 'kazakhstan'")
            .query(Long.class)
            .single();
    jdbc.sql("DELETE FROM prog_factsheet_snapshot_text WHERE snapshot_id > ?").param(demo).update();
    jdbc.sql("DELETE FROM prog_factsheet_snapshot WHERE id > ?").param(demo).update();
    jdbc.sql("UPDATE prog_factsheet_snapshot SET status = 'APPROVED' WHERE id = ?")
        .param(demo)
        .update();
  }

  String fundingTable(String html) {
    return Jsoup.parse(html).select("#funding").text();
  }

  String fundingTable() throws Exception {
    String html =
        mvc.perform(get("/factsheets/kazakhstan"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html).select("#funding").text();
  }
}
