package org.kuzet.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public fact sheet against the seed document: every line of the seed's fact sheet, and
 * every figure, date and named organisation in it, appears in the page and in the PDF, drawn
 * from the database.
 */
abstract class FactSheetChecks {

  static SeedDocument seed;

  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    assertThat(seed.figures()).contains("$2.4 million", "$2.1 million", "$1.9 million", "$1.01 million", "FY05", "FY08", "FY2005-2008", "30", "seven", "three", "five", "two", "2006");
    assertThat(seed.dates()).contains("January 20, 2009", "May 2007", "February 2007");
    assertThat(seed.organisations())
        .contains("United Nations Office on Drugs and Crime (UNODC)", "International Organization for Migration (IOM)", "Office of the Procurator General (PGO)", "FSA");
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
        mvc.perform(get("/factsheets/kazakhstan")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    var doc = Jsoup.parse(html);
    assertThat(doc.select("a[href=#top]")).isNotEmpty();
    assertThat(doc.getElementById("top")).isNotNull();
    assertThat(html).contains("@media print");
    assertThat(doc.select("#funding tr")).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void russianReaderGetsRussianTextsAndCyrillicInThePdf() throws Exception {
    String page = pageText("/factsheets/kazakhstan?lang=ru");
    assertThat(page).contains("Информационный бюллетень", "Пограничная служба", "Наверх", "2,4 млн долл. США");
    String pdf = pdfText("/factsheets/kazakhstan.pdf?lang=ru");
    assertThat(pdf).contains("Информационный бюллетень", "Карагандинский юридический институт МВД", "2,4 млн долл. США");
  }

  @Test
  void kazakhReaderGetsKazakhTexts() throws Exception {
    String page = pageText("/factsheets/kazakhstan?lang=kk");
    assertThat(page)
        .contains("Ақпараттық парақ", "Есірткіге қарсы күрес:", "Қарағанды", "АҚШ доллары", "Жоғарыға")
        .doesNotContain("Back to Top");
    assertThat(pdfText("/factsheets/kazakhstan.pdf?lang=kk")).contains("Шекара қауіпсіздігі", "Қазақстан");
  }

  @Test
  void unknownCountryIs404AndIndexListsKazakhstan() throws Exception {
    mvc.perform(get("/factsheets/atlantis")).andExpect(status().isNotFound());
    mvc.perform(get("/factsheets"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/factsheets/kazakhstan")));
    mvc.perform(get("/factsheets/kazakhstan.pdf"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("kazakhstan-fact-sheet.pdf")));
  }

  @Test
  void theFundingTotalCountsOnlyProgramsOnTheSheet() throws Exception {
    String before = fundingTable();
    String country = "kazakhstan";
    int year =
        jdbc.sql("SELECT MIN(f.fiscal_year) FROM prog_funding f JOIN prog_program p ON p.id = f.program_id"
                + " WHERE p.country_code = ? AND p.on_factsheet = TRUE")
            .param(country)
            .query(Integer.class)
            .single();
    String source = jdbc.sql("SELECT code FROM prog_funding_source FETCH FIRST 1 ROWS ONLY").query(String.class).single();
    long program = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql("INSERT INTO prog_program (id, code, country_code, on_factsheet) VALUES (?, ?, ?, FALSE)")
        .params(program, "HIDDEN-" + program, country)
        .update();
    jdbc.sql("INSERT INTO prog_funding (program_id, fiscal_year, source_code, obligated, currency) VALUES (?, ?, ?, 5000000, 'USD')")
        .params(program, year, source)
        .update();
    try {
      assertThat(fundingTable()).as("a program not on the sheet adds nothing to its funding").isEqualTo(before);
    } finally {
      jdbc.sql("DELETE FROM prog_funding WHERE program_id = ?").param(program).update();
      jdbc.sql("DELETE FROM prog_program WHERE id = ?").param(program).update();
    }
  }

  String fundingTable() throws Exception {
    String html =
        mvc.perform(get("/factsheets/kazakhstan")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html).select("#funding").text();
  }
}
