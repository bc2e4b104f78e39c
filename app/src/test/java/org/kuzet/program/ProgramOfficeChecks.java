package org.kuzet.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditLog;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The program office on a real database: every record type created, changed and listed through the
 * pages; exports opened and read; refusals for partners and officers; validation messages at the
 * field with nothing saved; the public fact sheet following the data; officers trained recorded
 * once from events; the lookups other modules use.
 */
abstract class ProgramOfficeChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProgramManagement management;

  static final String PM = "pm.inl";

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  String page(String path, String user) throws Exception {
    // As a URI, so an already encoded query string is taken as it is.
    return mvc.perform(get(URI.create(path)).with(as.user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Posts a form as a user; returns the redirect target (the new record's page). */
  String submit(String path, String user, String... fields) throws Exception {
    var result =
        mvc.perform(form(path, user, fields)).andExpect(status().is3xxRedirection()).andReturn();
    return result.getResponse().getRedirectedUrl();
  }

  MockHttpServletRequestBuilder form(String path, String user, String... fields) {
    var request = post(path).with(as.user(user)).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  long id(String redirect) {
    return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
  }

  long projectId(String code) {
    return jdbc.sql("SELECT id FROM prog_project WHERE code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  long programId(String code) {
    return jdbc.sql("SELECT id FROM prog_program WHERE code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  // ---- every page answers --------------------------------------------------------------------

  @Test
  void everyProgramPageOpensForTheProgramManager() throws Exception {
    for (String path :
        new String[] {
          "/program",
          "/program/projects",
          "/program/activities",
          "/program/funding",
          "/program/cost-share",
          "/program/equipment",
          "/program/events",
          "/program/organisations",
          "/program/officers-trained",
          "/program/projects/new",
          "/program/funding/new",
          "/program/cost-share/new",
          "/program/equipment/new",
          "/program/events/new",
          "/program/activities/new",
          "/program/organisations/new",
          "/program/programs/new",
          "/program/countries/new",
          "/program/countries/kazakhstan/text/ru",
          "/program/projects/" + projectId("KZ-CN-CHECKPOINTS"),
          "/program/programs/" + programId("KZ-TIP"),
          "/program/programs/" + programId("KZ-TIP") + "/text/kk"
        }) {
      page(path, PM);
    }
    String checkpoints = page("/program/equipment?location=Checkpoint%20Merke", PM);
    assertThat(Jsoup.parse(checkpoints).select("#equipment-list tbody tr")).hasSize(3);
  }

  @Test
  void demoDataCarriesTheSeedProgram() {
    assertThat(
            jdbc.sql(
                    "SELECT code FROM prog_program WHERE country_code = 'kazakhstan' ORDER BY sort_order")
                .query(String.class)
                .list())
        .containsExactly("KZ-CN", "KZ-BS", "KZ-AML", "KZ-TIP", "KZ-DR");
    var fsa =
        jdbc.sql(
                "SELECT f.fiscal_year, SUM(f.obligated) FROM prog_funding f WHERE f.source_code = 'FSA' AND f.fiscal_year < 2009"
                    + " AND f.program_id IN (SELECT id FROM prog_program WHERE country_code = 'kazakhstan')"
                    + " GROUP BY f.fiscal_year ORDER BY f.fiscal_year")
            .query(
                (rs, n) ->
                    rs.getInt(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
            .list();
    assertThat(fsa).containsExactly("2005=2400000", "2006=2100000", "2007=1900000", "2008=1010000");
    assertThat(
            jdbc.sql(
                    "SELECT org_code FROM prog_project_org WHERE role = 'IMPLEMENTING' AND project_id = ?")
                .param(projectId("KZ-CN-CHECKPOINTS"))
                .query(String.class)
                .list())
        .containsExactly("UNODC");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(DISTINCT location) FROM prog_equipment WHERE location LIKE 'Checkpoint %'")
                .query(Long.class)
                .single())
        .isEqualTo(7);
    assertThat(
            jdbc.sql(
                    "SELECT place FROM prog_event WHERE kind = 'STUDY_VISIT' AND month_only AND held_on = ?")
                .param(LocalDate.of(2007, 5, 1))
                .query(String.class)
                .single())
        .isEqualTo("Glynco, Georgia; Artesia, New Mexico");
  }

  // ---- each record type: create, read, change ------------------------------------------------

  @Test
  void projectWithActivityIsCreatedChangedAndAudited() throws Exception {
    String code = "KZ-TEST-" + unique().toUpperCase();
    String at =
        submit(
            "/program/projects",
            PM,
            "program",
            Long.toString(programId("KZ-BS")),
            "code",
            code,
            "title",
            "Mobile border patrol units",
            "implementing",
            "IOM",
            "counterparts",
            "BORDER_GUARDS",
            "status",
            "PLANNED",
            "startDate",
            "2009-03-01");
    long project = id(at);
    assertThat(page(at, PM)).contains(code, "Mobile border patrol units", "IOM");
    submit(
        "/program/projects/" + project,
        PM,
        "program",
        Long.toString(programId("KZ-BS")),
        "code",
        code,
        "title",
        "Mobile border patrol units",
        "implementing",
        "IOM",
        "implementing",
        "INL",
        "status",
        "ACTIVE");
    assertThat(
            jdbc.sql("SELECT status FROM prog_project WHERE id = ?")
                .param(project)
                .query(String.class)
                .single())
        .isEqualTo("ACTIVE");
    String activity =
        submit(
            "/program/activities",
            PM,
            "project",
            Long.toString(project),
            "title",
            "Train patrol crews",
            "status",
            "ACTIVE");
    assertThat(page("/program/activities?project=" + project, PM)).contains("Train patrol crews");
    assertThat(page(activity, PM)).contains("Train patrol crews");
    assertThat(audit.search(PM, "PROGRAM_CREATE", Long.toString(project), 5)).hasSize(1);
    assertThat(audit.search(PM, "PROGRAM_UPDATE", Long.toString(project), 5)).hasSize(1);
    // The IOM partner now sees it; UNODC does not.
    page("/program/projects/" + project, "partner.iom");
    mvc.perform(get("/program/projects/" + project).with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
  }

  @Test
  void fundingLineCostShareEquipmentCheckAndEventAreRecorded() throws Exception {
    long project = projectId("KZ-TIP-CENTER");
    long program = programId("KZ-TIP");
    String tag = unique();
    String funding =
        submit(
            "/program/funding",
            PM,
            "fiscalYear",
            "2011",
            "program",
            Long.toString(program),
            "project",
            Long.toString(project),
            "source",
            "FSA",
            "obligated",
            "125,000.50",
            "spent",
            "1000",
            "note",
            "line " + tag);
    assertThat(
            jdbc.sql("SELECT obligated FROM prog_funding WHERE id = ?")
                .param(id(funding))
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("125000.50");
    submit(
        funding,
        PM,
        "fiscalYear",
        "2011",
        "program",
        Long.toString(program),
        "project",
        Long.toString(project),
        "source",
        "FSA",
        "obligated",
        "125000.50",
        "spent",
        "5000",
        "currency",
        "usd",
        "note",
        "line " + tag);
    assertThat(
            jdbc.sql("SELECT spent FROM prog_funding WHERE id = ?")
                .param(id(funding))
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("5000");
    submit(funding + "/delete", PM);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM prog_funding WHERE id = ?")
                .param(id(funding))
                .query(Long.class)
                .single())
        .isZero();

    String share =
        submit(
            "/program/cost-share",
            PM,
            "project",
            Long.toString(project),
            "year",
            "2009",
            "side",
            "HOST",
            "kind",
            "DORMITORY",
            "contributor",
            "MOI_LEGAL_INSTITUTE",
            "description",
            "Third dormitory floor " + tag,
            "valuation",
            "40000");
    assertThat(page("/program/cost-share?side=HOST&kind=DORMITORY", PM))
        .contains("Third dormitory floor " + tag);
    assertThat(page(share, PM)).contains("Third dormitory floor " + tag);

    String serial = "TEST-" + tag;
    String item =
        submit(
            "/program/equipment",
            PM,
            "project",
            Long.toString(project),
            "item",
            "Document examination kit",
            "model",
            "Regula 4077",
            "serialNumber",
            serial,
            "value",
            "15400",
            "recipient",
            "MIGRATION_POLICE",
            "recipientUnit",
            "Karaganda department",
            "location",
            "Anti-TIP Center, Karaganda",
            "handoverDate",
            "2008-12-01",
            "handoverDocument",
            "INL-KZ-TIP-2008-09");
    assertThat(page(item, PM)).contains("Regula 4077", serial);
    submit(
        item + "/checks",
        PM,
        "checkedOn",
        "2009-01-15",
        "checkedBy",
        "INL end-use officer",
        "present",
        "true",
        "working",
        "true");
    var checks =
        jdbc.sql("SELECT used_as_intended FROM prog_end_use_check WHERE equipment_id = ?")
            .param(id(item))
            .query(Boolean.class)
            .list();
    assertThat(checks).containsExactly(false);
    assertThat(management.equipmentAt("  anti-tip center, KARAGANDA "))
        .anySatisfy(
            e -> {
              assertThat(e.serialNumber()).isEqualTo(serial);
              assertThat(e.recipient()).isEqualTo(AgencyCode.MIGRATION_POLICE);
              assertThat(e.lastCheckedOn()).isEqualTo(LocalDate.of(2009, 1, 15));
              assertThat(e.projectCode()).isEqualTo("KZ-TIP-CENTER");
            });

    String event =
        submit(
            "/program/events",
            PM,
            "kind",
            "STUDY_VISIT",
            "title",
            "Visit to the Anti-TIP Center " + tag,
            "heldOn",
            "2009-02-17",
            "place",
            "Karaganda",
            "program",
            Long.toString(program),
            "project",
            Long.toString(project),
            "participants",
            "INL; MOI",
            "participantCount",
            "6");
    assertThat(page("/program/events?kind=STUDY_VISIT&year=2009", PM))
        .contains("Visit to the Anti-TIP Center " + tag);
    assertThat(page(event, PM)).contains("Visit to the Anti-TIP Center " + tag);

    String org = "TEST_ORG_" + tag.toUpperCase().replace('-', '_');
    submit(
        "/program/organisations",
        PM,
        "code",
        org,
        "nameEn",
        "Test Foundation " + tag,
        "nameRu",
        "Тестовый фонд " + tag,
        "kind",
        "PARTNER");
    assertThat(page("/program/organisations?q=" + tag, PM)).contains("Test Foundation " + tag);
    // Organisations and projects are kept, not deleted: records name them.
    assertThat(Jsoup.parse(page("/program/organisations/" + org, PM)).select("button.danger"))
        .isEmpty();
    mvc.perform(form("/program/organisations/" + org + "/delete", PM))
        .andExpect(status().isConflict());
  }

  // ---- exports ---------------------------------------------------------------------------------

  @Test
  void fundingExportsAsCsvWithTheFilterAndIsAudited() throws Exception {
    var response =
        mvc.perform(
                get("/program/funding/export/csv").param("fiscalYear", "2005").with(as.user(PM)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    String csv = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFFiscal year,Program,Project,Source,Obligated,Spent");
    var lines = csv.strip().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("FY2005,"));
    assertThat(csv).contains("KZ-CN-CHECKPOINTS,FSA,1000000.00");
    assertThat(audit.search(PM, "PROGRAM_EXPORT", "funding", 5))
        .anySatisfy(
            e ->
                assertThat(e.detail())
                    .contains("program.exportedFiltered", "\"csv\",5,", "fiscalYear=2005"));
  }

  @Test
  void theFundingPageNamesProgramsProjectsAndSourcesWhereTheExportKeepsCodes() throws Exception {
    var rows = Jsoup.parse(page("/program/funding?fiscalYear=2005", PM)).select("tbody tr");
    assertThat(rows).isNotEmpty();
    String text = rows.text();
    assertThat(text).contains("FREEDOM Support Act").doesNotContain("KZ-CN-CHECKPOINTS", " FSA ");
  }

  @Test
  void equipmentExportsAsExcelWithRealNumbersAndDates() throws Exception {
    byte[] xlsx =
        mvc.perform(
                get("/program/equipment/export/xlsx")
                    .param("location", "Checkpoint Merke")
                    .with(as.user(PM)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Item");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Value");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      var buster =
          IntStream.rangeClosed(1, 3)
              .mapToObj(sheet::getRow)
              .filter(r -> r.getCell(0).getStringCellValue().equals("Contraband detector"))
              .findFirst()
              .orElseThrow();
      assertThat(buster.getCell(1).getStringCellValue()).isEqualTo("Buster CT-30");
      assertThat(buster.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(buster.getCell(3).getNumericCellValue()).isEqualTo(8950.0);
      assertThat(buster.getCell(7).getStringCellValue()).isEqualTo("Checkpoint Merke");
      assertThat(buster.getCell(8).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2007, 11, 20));
    }
    assertThat(audit.search(PM, "PROGRAM_EXPORT", "equipment", 5)).isNotEmpty();
  }

  @Test
  void partnerExportHoldsOnlyItsOwnProjects() throws Exception {
    String csv =
        mvc.perform(get("/program/funding/export/csv").with(as.user("partner.iom")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var rows = csv.strip().lines().skip(1).toList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).contains("KZ-BS-IOM"));
  }

  // ---- refusals --------------------------------------------------------------------------------

  @Test
  void projectsAndEquipmentReadInTheReadersLanguageAndTheirFormsTakeAllThreeNames()
      throws Exception {
    long checkpoints = projectId("KZ-CN-CHECKPOINTS");
    assertThat(page("/program/projects/" + checkpoints + "?lang=ru", PM))
        .contains(
            "Семь контрольно-пропускных пунктов на основных автомагистралях Казахстана",
            "Детектор контрабанды")
        .doesNotContain(
            "Seven checkpoints on major Kazakhstani traffic arteries", "Contraband detector");
    assertThat(page("/program/projects?lang=kk", PM))
        .contains("Қазақстанның негізгі автомагистральдарындағы жеті бақылау-өткізу бекеті");
    assertThat(page("/program/projects/" + checkpoints + "?lang=en", PM))
        .contains("Seven checkpoints on major Kazakhstani traffic arteries");
    long detector =
        jdbc.sql("SELECT MIN(id) FROM prog_equipment WHERE item = 'Contraband detector'")
            .query(Long.class)
            .single();
    assertThat(
            Jsoup.parse(page("/program/equipment/" + detector + "?lang=kk", PM))
                .select("h1")
                .text())
        .isEqualTo("Контрабанда детекторы");

    String code = "KZ-TEST-" + unique().toUpperCase();
    long project =
        id(
            submit(
                "/program/projects",
                PM,
                "program",
                Long.toString(programId("KZ-BS")),
                "code",
                code,
                "title",
                "Mobile border patrol units",
                "titleRu",
                "Мобильные пограничные патрули",
                "titleKk",
                "",
                "implementing",
                "IOM",
                "status",
                "PLANNED"));
    assertThat(
            jdbc.sql("SELECT title_ru, title_kk FROM prog_project WHERE id = ?")
                .param(project)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single())
        .isEqualTo("Мобильные пограничные патрули|null");
    assertThat(page("/program/projects/" + project + "?lang=ru", PM))
        .contains("Мобильные пограничные патрули");
    assertThat(page("/program/projects/" + project + "?lang=kk", PM))
        .contains("Mobile border patrol units");
    assertThat(page("/program/projects/" + project + "/edit?lang=ru", PM))
        .contains("value=\"Мобильные пограничные патрули\"", "Название на казахском");
    assertThat(page("/api/program/projects/" + project, PM))
        .contains("\"titleRu\":\"Мобильные пограничные патрули\"");
    // A partner may not rename it in any language.
    mvc.perform(
            form(
                "/program/projects/" + project,
                "partner.iom",
                "program",
                Long.toString(programId("KZ-BS")),
                "code",
                code,
                "title",
                "X",
                "titleRu",
                "Чужое",
                "implementing",
                "IOM",
                "status",
                "PLANNED"))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("SELECT title_ru FROM prog_project WHERE id = ?")
                .param(project)
                .query(String.class)
                .single())
        .isEqualTo("Мобильные пограничные патрули");
  }

  @Test
  void theEquipmentRegistersFreeTextReadsInTheReadersLanguageAndFallsBackToTheBaseText()
      throws Exception {
    // The demo's detector at Kyzylorda: its location, unit, checkers and note in each language.
    long cracked =
        jdbc.sql(
                "SELECT MIN(equipment_id) FROM prog_end_use_check WHERE note = 'Display cracked; sent to Almaty for repair'")
            .query(Long.class)
            .single();
    var ru = Jsoup.parse(page("/program/equipment/" + cracked + "?lang=ru", PM));
    assertThat(ru.select("#location").text()).isEqualTo("КПП Кызылорда");
    assertThat(ru.text()).contains("Досмотровая группа КПП Кызылорда");
    assertThat(ru.select("#checks").text())
        .contains(
            "Треснул дисплей; отправлен в Алматы на ремонт",
            "Сотрудник проекта УНП ООН",
            "Сотрудник INL по контролю за конечным использованием")
        .doesNotContain("Display cracked", "UNODC project officer", "INL end-use");
    var kk = Jsoup.parse(page("/program/equipment/" + cracked + "?lang=kk", PM));
    assertThat(kk.select("#location").text()).isEqualTo("Қызылорда бақылау-өткізу пункті");
    assertThat(kk.select("#checks").text())
        .contains("Дисплейі жарылған; Алматыға жөндеуге жіберілді", "БҰҰ ЕҚБ жобасының қызметкері");
    var en = Jsoup.parse(page("/program/equipment/" + cracked + "?lang=en", PM));
    assertThat(en.select("#location").text()).isEqualTo("Checkpoint Kyzylorda");
    assertThat(en.select("#checks").text()).contains("Display cracked; sent to Almaty for repair");
    // The register lists and finds the reader's wording.
    assertThat(page("/program/equipment?lang=ru", PM))
        .contains("КПП Мерке", "Досмотровая группа КПП Мерке")
        .doesNotContain("Checkpoint Merke inspection team");
    assertThat(
            page(
                "/program/equipment?lang=ru&location="
                    + URLEncoder.encode("Кызылорда", StandardCharsets.UTF_8),
                PM))
        .contains("КПП Кызылорда")
        .doesNotContain("КПП Мерке");

    // Entered through the form: Russian location only, Kazakh unit only; blank is no translation.
    String item = "Test scale " + unique();
    long saved =
        id(
            submit(
                "/program/equipment",
                PM,
                "project",
                Long.toString(projectId("KZ-CN-CHECKPOINTS")),
                "item",
                item,
                "value",
                "100",
                "currency",
                "USD",
                "recipient",
                "CDC_MOI",
                "recipientUnit",
                "Test team",
                "recipientUnitRu",
                " ",
                "recipientUnitKk",
                "Сынақ тобы",
                "location",
                "Checkpoint Test",
                "locationRu",
                "КПП Тест",
                "locationKk",
                ""));
    assertThat(
            jdbc.sql(
                    "SELECT location_ru, location_kk, recipient_unit_ru, recipient_unit_kk FROM prog_equipment WHERE id = ?")
                .param(saved)
                .query(
                    (rs, n) ->
                        rs.getString(1)
                            + "|"
                            + rs.getString(2)
                            + "|"
                            + rs.getString(3)
                            + "|"
                            + rs.getString(4))
                .single())
        .isEqualTo("КПП Тест|null|null|Сынақ тобы");
    mvc.perform(
            form(
                "/program/equipment/" + saved + "/checks",
                PM,
                "checkedOn",
                "2008-12-01",
                "checkedBy",
                "Test officer",
                "checkedByRu",
                "Проверяющий",
                "present",
                "true",
                "working",
                "true",
                "usedAsIntended",
                "true",
                "note",
                "All in place",
                "noteKk",
                "Бәрі орнында"))
        .andExpect(status().is3xxRedirection());
    var savedRu = Jsoup.parse(page("/program/equipment/" + saved + "?lang=ru", PM));
    assertThat(savedRu.select("#location").text()).isEqualTo("КПП Тест");
    assertThat(savedRu.text()).contains("Test team");
    assertThat(savedRu.select("#checks").text()).contains("Проверяющий", "All in place");
    var savedKk = Jsoup.parse(page("/program/equipment/" + saved + "?lang=kk", PM));
    assertThat(savedKk.select("#location").text()).isEqualTo("Checkpoint Test");
    assertThat(savedKk.text()).contains("Сынақ тобы");
    assertThat(savedKk.select("#checks").text()).contains("Test officer", "Бәрі орнында");
    assertThat(page("/program/equipment/" + saved + "/edit?lang=ru", PM))
        .contains("value=\"КПП Тест\"", "На русском (необязательно)");
    // The API keeps its fields and adds the translations beside them.
    assertThat(page("/api/program/equipment/" + saved, PM))
        .contains(
            "\"location\":\"Checkpoint Test\"",
            "\"locationRu\":\"КПП Тест\"",
            "\"recipientUnitKk\":\"Сынақ тобы\"",
            "\"checkedBy\":\"Test officer\"",
            "\"checkedByRu\":\"Проверяющий\"",
            "\"noteKk\":\"Бәрі орнында\"");
  }

  @Test
  void theOfficesRecordsOnAProjectPageReadInTheReadersLanguage() throws Exception {
    long center = projectId("KZ-TIP-CENTER");
    assertThat(page("/program/projects/" + center + "?lang=ru", PM))
        .contains(
            "Центр повышения квалификации сотрудников миграционной полиции",
            "Пересмотр учебной программы для курсантов",
            "Служебные помещения для центра",
            "Передача отремонтированных этажей общежития",
            "Юридический институт МВД, Караганда")
        .doesNotContain(
            "A center for in-service training",
            "Revise the curriculum for cadets",
            "Office space for the center",
            "Handover of the refurbished dormitory floors",
            "Legal Institute of the MOI, Karaganda");
    assertThat(page("/program/projects/" + center + "?lang=kk", PM))
        .contains(
            "Курсанттарға арналған оқу бағдарламасын қайта қарау",
            "Жөнделген жатақхана қабаттарын беру");
    assertThat(page("/program/projects/" + center + "?lang=en", PM))
        .contains("Revise the curriculum for cadets");
    // Partners by their name in the reader's language, without the English abbreviation.
    assertThat(page("/program/equipment?lang=ru", PM))
        .contains(">Министерство внутренних дел<")
        .doesNotContain("(MOI)");
    assertThat(page("/program/equipment?lang=kk", PM))
        .contains(">Ішкі істер министрлігі<")
        .doesNotContain("(MOI)");
    assertThat(page("/program/equipment?lang=en", PM))
        .contains("Ministry of Internal Affairs (MOI)");

    // A translation stays while the text it translates does; a new text drops it.
    long project = projectId("KZ-BS-GUARDS");
    String activity =
        submit(
            "/program/activities",
            PM,
            "project",
            Long.toString(project),
            "title",
            "Patrol dog handling",
            "status",
            "ACTIVE");
    long id = id(activity);
    jdbc.sql("UPDATE prog_activity SET title_ru = 'Кинология', title_kk = 'Кинология' WHERE id = ?")
        .param(id)
        .update();
    submit(
        activity,
        PM,
        "project",
        Long.toString(project),
        "title",
        "Patrol dog handling",
        "status",
        "COMPLETED");
    assertThat(page("/program/activities?project=" + project + "&lang=ru", PM))
        .contains("Кинология");
    submit(
        activity,
        PM,
        "project",
        Long.toString(project),
        "title",
        "Patrol dog training",
        "status",
        "COMPLETED");
    assertThat(
            jdbc.sql(
                    "SELECT COALESCE(title_ru, '-') || COALESCE(title_kk, '-') FROM prog_activity WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("--");
    assertThat(page("/program/activities?project=" + project + "&lang=ru", PM))
        .contains("Patrol dog training");
  }

  @Test
  void partnersReadTheirOwnProjectsOnlyAndNeverEdit() throws Exception {
    long iom = projectId("KZ-BS-IOM");
    long checkpoints = projectId("KZ-CN-CHECKPOINTS");
    String list = page("/program/projects", "partner.unodc");
    assertThat(list).contains("KZ-CN-CHECKPOINTS").doesNotContain("KZ-BS-IOM", "KZ-TIP-CENTER");
    String own = page("/program/projects/" + checkpoints, "partner.unodc");
    assertThat(own).doesNotContain("/program/projects/" + checkpoints + "/edit");
    mvc.perform(get("/program/projects/" + iom).with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/program/projects/" + checkpoints + "/edit").with(as.user("partner.unodc")))
        .andExpect(status().isForbidden());
    long before = count("prog_funding");
    mvc.perform(
            form(
                "/program/funding",
                "partner.unodc",
                "fiscalYear",
                "2009",
                "program",
                Long.toString(programId("KZ-CN")),
                "source",
                "FSA",
                "obligated",
                "1"))
        .andExpect(status().isForbidden());
    long line =
        jdbc.sql("SELECT MIN(id) FROM prog_funding WHERE project_id = ?")
            .param(checkpoints)
            .query(Long.class)
            .single();
    mvc.perform(form("/program/funding/" + line + "/delete", "partner.unodc"))
        .andExpect(status().isForbidden());
    assertThat(count("prog_funding")).isEqualTo(before);
    // Their own record opens read-only, another agency's does not open at all.
    String view = page("/program/funding/" + line, "partner.unodc");
    assertThat(Jsoup.parse(view).select("#funding-form button[type=submit]")).isEmpty();
    long iomLine =
        jdbc.sql("SELECT MIN(id) FROM prog_funding WHERE project_id = ?")
            .param(iom)
            .query(Long.class)
            .single();
    mvc.perform(get("/program/funding/" + iomLine).with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
    long iomItem =
        jdbc.sql("SELECT MIN(id) FROM prog_equipment WHERE project_id = ?")
            .param(iom)
            .query(Long.class)
            .single();
    mvc.perform(get("/program/equipment/" + iomItem).with(as.user("partner.unodc")))
        .andExpect(status().isNotFound());
    mvc.perform(
            form(
                "/program/equipment/" + iomItem + "/checks",
                "partner.iom",
                "checkedOn",
                "2009-01-01",
                "checkedBy",
                "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void officerRolesAreRefusedEverywhereInTheProgramOffice() throws Exception {
    for (String user :
        new String[] {"officer.cdc", "guard.bg", "analyst.cdc", "investigator.fp", "admin"}) {
      mvc.perform(get("/program").with(as.user(user))).andExpect(status().isForbidden());
      mvc.perform(get("/program/funding/export/csv").with(as.user(user)))
          .andExpect(status().isForbidden());
      mvc.perform(form("/program/funding", user, "fiscalYear", "2009"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/program")).andExpect(status().isUnauthorized());
  }

  // ---- validation ------------------------------------------------------------------------------

  @Test
  void aWrongFundingFormSavesNothingAndSaysWhyAtEachField() throws Exception {
    long before = count("prog_funding");
    String html =
        mvc.perform(
                form(
                    "/program/funding",
                    PM,
                    "fiscalYear",
                    "nineteen",
                    "source",
                    "FSA",
                    "obligated",
                    "-5",
                    "spent",
                    "12.345",
                    "currency",
                    "XX"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var doc = Jsoup.parse(html);
    assertThat(doc.select("#form-errors").text())
        .isEqualTo("Nothing was saved. Please correct the fields marked below.");
    assertThat(doc.select("#e-fiscalYear").text()).isEqualTo("A whole number, e.g. 2009.");
    assertThat(doc.select("#e-program").text()).isEqualTo("Required.");
    assertThat(doc.select("#e-obligated").text()).isEqualTo("Must not be negative.");
    assertThat(doc.select("#e-spent").text()).isEqualTo("At most two decimal places.");
    assertThat(doc.select("#e-currency").text()).startsWith("A three-letter ISO 4217 code");
    assertThat(doc.select("#f-fiscalYear").attr("value")).isEqualTo("nineteen");
    assertThat(doc.select("#f-fiscalYear").hasClass("invalid")).isTrue();
    assertThat(count("prog_funding")).isEqualTo(before);

    String ru =
        mvc.perform(form("/program/funding", PM, "fiscalYear", "1900").param("lang", "ru"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(ru).select("#e-fiscalYear").text())
        .isEqualTo("Должно быть от 1990 до 2100.");
  }

  @Test
  void crossFieldRulesAreExplained() throws Exception {
    long project = projectId("KZ-CN-CHECKPOINTS");
    var share =
        Jsoup.parse(
            mvc.perform(
                    form(
                        "/program/cost-share",
                        PM,
                        "project",
                        Long.toString(project),
                        "year",
                        "2009",
                        "side",
                        "DONOR",
                        "kind",
                        "LAND",
                        "contributor",
                        "INL",
                        "description",
                        "x"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(share.select("#e-kind").text())
        .isEqualTo("This contribution comes from the other side.");
    var spent =
        Jsoup.parse(
            mvc.perform(
                    form(
                        "/program/funding",
                        PM,
                        "fiscalYear",
                        "2009",
                        "program",
                        Long.toString(programId("KZ-TIP")),
                        "project",
                        Long.toString(project),
                        "source",
                        "FSA",
                        "obligated",
                        "100",
                        "spent",
                        "200"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(spent.select("#e-spent").text()).isEqualTo("More than was obligated.");
    assertThat(spent.select("#e-project").text())
        .isEqualTo("This project belongs to another program.");
    var duplicate =
        Jsoup.parse(
            mvc.perform(
                    form(
                        "/program/equipment",
                        PM,
                        "project",
                        Long.toString(project),
                        "item",
                        "Contraband detector",
                        "serialNumber",
                        "CT30-07-0311",
                        "recipient",
                        "CDC_MOI",
                        "location",
                        "Checkpoint Merke"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(duplicate.select("#e-serialNumber").text())
        .isEqualTo("An item of this name with this serial number is already registered.");
    var dates =
        Jsoup.parse(
            mvc.perform(
                    form(
                        "/program/projects",
                        PM,
                        "program",
                        Long.toString(programId("KZ-CN")),
                        "code",
                        "KZ-CN-CHECKPOINTS",
                        "title",
                        "x",
                        "implementing",
                        "UNODC",
                        "status",
                        "ACTIVE",
                        "startDate",
                        "2009-05-01",
                        "endDate",
                        "2009-04-01"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(dates.select("#e-endDate").text()).isEqualTo("Ends before it starts.");
    assertThat(dates.select("#e-code").text()).isEqualTo("Already in use.");
    var country =
        Jsoup.parse(
            mvc.perform(
                    form(
                        "/program/countries",
                        PM,
                        "code",
                        "narnia",
                        "iso",
                        "Narnia",
                        "name",
                        "Narnia",
                        "title",
                        "x",
                        "bureau",
                        "x",
                        "issuedOn",
                        "2010-02-03",
                        "overview",
                        "x"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(country.select("#e-iso").text())
        .isEqualTo("Names no country: type its code (KZ, KAZ) or its name.");
    assertThat(country.select("#f-iso").attr("list")).isEqualTo("country-codes");
    assertThat(country.select("datalist#country-codes option[value=KAZ]")).isNotEmpty();
  }

  // ---- the fact sheet follows the data; officers trained from events -------------------------

  @Test
  void aNewCountryGetsAFactSheetThatFollowsEveryEdit() throws Exception {
    String tag = unique();
    String slug = "testland-" + tag;
    submit(
        "/program/countries",
        PM,
        "code",
        slug,
        "iso",
        iso(tag),
        "name",
        "Testland " + tag,
        "title",
        "Counternarcotics Country Program: Testland " + tag,
        "bureau",
        "Bureau of Tests",
        "issuedOn",
        "2010-02-03",
        "overview",
        "Testland is small.\n\nIt borders the sea.");
    assertThat(
            jdbc.sql("SELECT iso3 FROM prog_country WHERE code = ?")
                .param(slug)
                .query(String.class)
                .single())
        .as("a country typed by its name is stored as its ISO alpha-3 code")
        .isEqualTo("TUV");
    String programCode = "TL-" + tag.toUpperCase();
    String program =
        submit(
            "/program/programs",
            PM,
            "code",
            programCode,
            "country",
            slug,
            "name",
            "Border Security " + tag,
            "description",
            "Patrol boats for the coast guard.",
            "sortOrder",
            "10",
            "onFactsheet",
            "true");
    long programId = id(program);
    // The public sees a country only once a snapshot of it is published and approved.
    mvc.perform(get("/factsheets/" + slug)).andExpect(status().isNotFound());
    publishAndApprove(slug, "2010-02-03");
    String sheet = factSheet(slug, "en");
    assertThat(sheet)
        .contains(
            "Counternarcotics Country Program: Testland " + tag,
            "February 3, 2010",
            "Testland is small.",
            "It borders the sea.",
            "Border Security " + tag + ": Patrol boats for the coast guard.")
        .doesNotContain("FY10:");

    submit(
        "/program/funding",
        PM,
        "fiscalYear",
        "2010",
        "program",
        Long.toString(programId),
        "source",
        "FSA",
        "obligated",
        "3500000");
    submit(
        "/program/funding",
        PM,
        "fiscalYear",
        "2011",
        "program",
        Long.toString(programId),
        "source",
        "FSA",
        "obligated",
        "750000");
    assertThat(factSheet(slug, "en"))
        .as("live funding is not public before a snapshot")
        .doesNotContain("FY10:");
    publishAndApprove(slug, LocalDate.now().toString());
    assertThat(factSheet(slug, "en"))
        .contains(
            "U.S. Government Funding FY2010-2011",
            "FY10: $3.5 million",
            "FY11: $750,000",
            "Funding Source: FREEDOM Support Act (FSA)");

    submit(
        "/program/programs/" + programId + "/text/en",
        PM,
        "name",
        "Maritime Security " + tag,
        "description",
        "Patrol boats.",
        "sortOrder",
        "10",
        "onFactsheet",
        "true");
    submit(
        "/program/countries/" + slug + "/text/ru",
        PM,
        "name",
        "Тестландия",
        "title",
        "Страновая программа: Тестландия " + tag,
        "bureau",
        "Бюро испытаний",
        "issuedOn",
        "2010-02-03",
        "overview",
        "Тестландия невелика.");
    publishAndApprove(slug, LocalDate.now().toString());
    assertThat(factSheet(slug, "en")).contains("Maritime Security " + tag + ": Patrol boats.");
    // Russian where translated, English for the program text that has no Russian yet.
    assertThat(factSheet(slug, "ru"))
        .contains(
            "Страновая программа: Тестландия " + tag,
            "Тестландия невелика.",
            "Maritime Security " + tag,
            "3,5 млн долл. США");
    assertThat(factSheet(slug, "kk")).contains("Counternarcotics Country Program: Testland " + tag);
    mvc.perform(get("/factsheets")).andExpect(status().isOk());
    assertThat(
            mvc.perform(get("/factsheets"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("/factsheets/" + slug);

    // Officers trained, reported by another module, show on the program page and the fact sheet.
    var trained =
        new OfficersTrained(
            programCode,
            AgencyCode.BORDER_GUARDS,
            2010,
            24,
            5,
            LocalDate.of(2010, 3, 12),
            "test:" + tag);
    var tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(s -> events.publishEvent(trained));
    awaitRecorded("test:" + tag);
    tx.executeWithoutResult(s -> events.publishEvent(trained));
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new OfficersTrained(
                    programCode,
                    AgencyCode.BORDER_GUARDS,
                    2010,
                    6,
                    6,
                    LocalDate.of(2010, 4, 2),
                    "test2:" + tag)));
    awaitRecorded("test2:" + tag);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM prog_officers_trained WHERE source_ref = ?")
                .param("test:" + tag)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(management.officersTrained(programCode)).isEqualTo(30);
    publishAndApprove(slug, LocalDate.now().toString());
    assertThat(factSheet(slug, "en"))
        .contains("Officers trained (reported): 30, of whom 11 women, in 2 completed trainings.");
    assertThat(page(program, PM)).contains("Officers trained (reported): 30, of whom 11 women");
    assertThat(page("/program/officers-trained?programCode=" + programCode, PM))
        .contains("test:" + tag);
  }

  private void awaitRecorded(String sourceRef) throws InterruptedException {
    // The listener runs asynchronously after the publishing transaction commits.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (jdbc.sql("SELECT COUNT(*) FROM prog_officers_trained WHERE source_ref = ?")
            .param(sourceRef)
            .query(Long.class)
            .single()
        == 0) {
      assertThat(Instant.now()).as("event " + sourceRef + " recorded").isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private static String iso(String tag) {
    // One test country per test context (the contexts start from an empty or fresh database),
    // typed by its name as a program manager may: stored as its ISO alpha-3 code.
    return "Тувалу";
  }

  private void publishAndApprove(String slug, String asOf) throws Exception {
    submit("/program/factsheets", PM, "country", slug, "asOf", asOf);
    long id =
        jdbc.sql(
                "SELECT MAX(id) FROM prog_factsheet_snapshot WHERE country_code = ? AND status = 'PENDING'")
            .param(slug)
            .query(Long.class)
            .single();
    submit("/program/factsheets/" + id + "/approve", "pm.review");
  }

  private String factSheet(String slug, String lang) throws Exception {
    String html =
        mvc.perform(get("/factsheets/" + slug).param("lang", lang))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return SeedDocument.normalise(Jsoup.parse(html).select("#main article").text());
  }

  // ---- numbers of programs and equipment reach the database as numbers ------------------------

  @Test
  void anItemOfEquipmentIsChangedCheckedReadThroughTheApiAndDeleted() throws Exception {
    String tag = unique();
    String[] fields = {
      "project",
      Long.toString(projectId("KZ-CN-CHECKPOINTS")),
      "item",
      "Radiation pager",
      "serialNumber",
      "RP-" + tag,
      "recipient",
      "MIGRATION_POLICE",
      "location",
      "Checkpoint " + tag
    };
    String item = submit("/program/equipment", PM, fields);
    long number = id(item);
    fields[fields.length - 1] = "Moved " + tag;
    assertThat(submit(item, PM, fields)).isEqualTo(item);
    assertThat(
            jdbc.sql("SELECT location FROM prog_equipment WHERE id = ?")
                .param(number)
                .query(String.class)
                .single())
        .isEqualTo("Moved " + tag);
    submit(item + "/checks", PM, "checkedOn", "2009-01-15", "checkedBy", "INL", "present", "true");
    assertThat(page("/api/program/equipment/" + number, PM))
        .contains("\"id\":" + number + ",", "\"equipmentId\":" + number + ",");
    submit(item + "/delete", PM);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM prog_equipment WHERE id = ?")
                .param(number)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(get(item).with(as.user(PM))).andExpect(status().isNotFound());
  }

  @Test
  void aProgramsProjectsAndFundingAreFoundByItsNumber() {
    var borders = management.programs().stream().filter(p -> p.code().equals("KZ-BS")).findFirst();
    assertThat(borders)
        .hasValueSatisfying(
            p -> assertThat(p.implementingAgencies()).contains(AgencyCode.of("IOM")));
    assertThat(management.fundingByYear("KZ-BS", null)).isNotEmpty();
  }

  // ---- home page -------------------------------------------------------------------------------

  @Test
  void homePanelShowsFundingToManagersAndPartnersOnly() throws Exception {
    var pm = Jsoup.parse(page("/home", PM));
    assertThat(pm.select("#panel-program-funding h2").text()).isEqualTo("Program funding");
    assertThat(pm.select("#panel-program-funding").text()).contains("FY2005", "2,400,000.00");
    var iom = Jsoup.parse(page("/home", "partner.iom"));
    assertThat(iom.select("#panel-program-funding").text())
        .contains("FY2005", "300,000.00")
        .doesNotContain("2,400,000.00");
    assertThat(page("/home", "officer.cdc")).doesNotContain("panel-program-funding");
    assertThat(Jsoup.parse(page("/home", PM)).select("nav.mainnav a[href=/program]")).hasSize(1);
    assertThat(Jsoup.parse(page("/home", "officer.cdc")).select("nav.mainnav a[href=/program]"))
        .isEmpty();
  }
}
