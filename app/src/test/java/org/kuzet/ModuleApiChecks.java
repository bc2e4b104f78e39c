package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.testing.As;
import org.kuzet.testing.Notices;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The program, results, training and workspace APIs on a real database: each module's records
 * through the same services as the pages, another agency's record answering 404 with an audit
 * entry, the wrong role 403, and their writes with Idempotency-Key or If-Match.
 */
abstract class ModuleApiChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;

  long id(String sql, Object... args) {
    return jdbc.sql(sql).params(args).query(Long.class).list().get(0);
  }

  long audited(String action, String actor, long target) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM idn_audit WHERE action = ? AND actor = ? AND target_id = ?")
        .params(action, actor, String.valueOf(target))
        .query(Long.class)
        .single();
  }

  // ---- program -----------------------------------------------------------------------------

  @Test
  void aPartnerReadsItsOwnProjectsOnlyAndAManagerRecordsAnEndUseCheckOnce() throws Exception {
    long iomProject = id("SELECT id FROM prog_project WHERE code = 'KZ-BS-IOM'");
    long unodcProject = id("SELECT id FROM prog_project WHERE code = 'KZ-CN-CHECKPOINTS'");
    mvc.perform(get("/api/program/projects").param("size", "200").with(as.user("partner.iom")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem("KZ-BS-IOM")))
        .andExpect(jsonPath("$.items[*].code", not(hasItem("KZ-CN-CHECKPOINTS"))));
    mvc.perform(get("/api/program/projects/{id}", iomProject).with(as.user("partner.iom")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.implementing[0]").value("IOM"));
    mvc.perform(get("/api/program/projects/{id}", unodcProject).with(as.user("partner.iom")))
        .andExpect(status().isNotFound());
    assertThat(audited("PROJECT_REFUSED", "partner.iom", unodcProject)).isEqualTo(1);
    mvc.perform(
            get("/api/program/funding-lines")
                .param("project", String.valueOf(unodcProject))
                .with(as.user("partner.iom")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/program/funding-lines")
                .param("sort", "fiscalYear,desc")
                .with(as.user("pm.inl")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").isNumber());
    for (String path :
        new String[] {
          "/api/program/programs",
          "/api/program/cost-shares",
          "/api/program/equipment",
          "/api/program/events"
        }) {
      mvc.perform(get(path).with(as.user("pm.inl"))).andExpect(status().isOk());
      mvc.perform(get(path).with(as.user("officer.cdc")))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    long item = id("SELECT id FROM prog_equipment WHERE handover_date IS NOT NULL ORDER BY id");
    String key = UUID.randomUUID().toString();
    String check =
        "{\"checkedOn\":\""
            + LocalDate.now()
            + "\",\"checkedBy\":\"INL end-use team\",\"present\":true,\"working\":true,\"usedAsIntended\":true}";
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/program/equipment/{id}/checks", item)
                  .header("Idempotency-Key", key)
                  .with(as.user("pm.inl"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(check))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.checkedBy").value("INL end-use team"));
    }
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM prog_end_use_check WHERE equipment_id = ? AND checked_by = 'INL end-use team'")
                .param(item)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            post("/api/program/equipment/{id}/checks", item)
                .with(as.user("partner.iom"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(check))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/program/equipment/{id}/checks", item)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"checkedOn\":\"2999-01-01\",\"present\":true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("checkedOn")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("checkedBy")));
  }

  @Test
  void aManagerCreatesAndChangesProgramRecordsOnceWithTheirETagsAndOthersAreRefused()
      throws Exception {
    long program = id("SELECT id FROM prog_program WHERE code = 'KZ-CN'");
    String code = "KZ-API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String body =
        "{\"program\":"
            + program
            + ",\"code\":\""
            + code
            + "\",\"title\":\"Detector dogs\","
            + "\"implementing\":[\"UNODC\"],\"counterparts\":[\"CDC_MOI\"],\"startDate\":\"2027-01-01\","
            + "\"status\":\"PLANNED\"}";
    String key = UUID.randomUUID().toString();
    String created = null;
    for (int i = 0; i < 2; i++) {
      created =
          mvc.perform(
                  post("/api/program/projects")
                      .header("Idempotency-Key", key)
                      .with(as.user("pm.inl"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(body))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.code").value(code))
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    long project = ((Number) JsonPath.read(created, "$.id")).longValue();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM prog_project WHERE code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(audited("PROGRAM_CREATE", "pm.inl", project)).isEqualTo(1);
    // The form's own checks, named by field: a taken code, an end before the start.
    mvc.perform(
            post("/api/program/projects")
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"startDate\"", "\"endDate\":\"2026-01-01\",\"startDate\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")));
    // Partners and other roles create nothing.
    mvc.perform(
            post("/api/program/projects")
                .with(as.user("partner.unodc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace(code, code + "X")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/program/events")
                .with(as.user("officer.cdc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());

    // A change needs the ETag of the project as read; a stale one is refused.
    String etag =
        mvc.perform(get("/api/program/projects/{id}", project).with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(
            put("/api/program/projects/{id}", project)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("PLANNED", "ACTIVE")))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put("/api/program/projects/{id}", project)
                .header("If-Match", etag)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("PLANNED", "ACTIVE")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(
            put("/api/program/projects/{id}", project)
                .header("If-Match", etag)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("PLANNED", "COMPLETED")))
        .andExpect(status().isPreconditionFailed());
    // A partner of the project reads it but does not change it; another partner does not see it.
    mvc.perform(get("/api/program/projects/{id}", project).with(as.user("partner.unodc")))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/program/projects/{id}", project)
                .header("If-Match", "*")
                .with(as.user("partner.unodc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/program/projects/{id}", project).with(as.user("partner.iom")))
        .andExpect(status().isNotFound());
    assertThat(audited("PROJECT_REFUSED", "partner.iom", project)).isEqualTo(1);

    // Funding, cost share and an event on it, each once per key, each changed with its ETag.
    String funding =
        "{\"fiscalYear\":2027,\"program\":"
            + program
            + ",\"project\":"
            + project
            + ",\"source\":\"FSA\",\"obligated\":250000.00,\"currency\":\"USD\"}";
    String share =
        "{\"project\":"
            + project
            + ",\"year\":2027,\"side\":\"HOST\",\"kind\":\"BUILDINGS\","
            + "\"contributor\":\"CDC_MOI\",\"description\":\"Kennels\",\"valuation\":40000}";
    String event =
        "{\"kind\":\"HANDOVER\",\"title\":\"Handover of four dogs\",\"heldOn\":\"2027-03-15\","
            + "\"program\":"
            + program
            + ",\"project\":"
            + project
            + ",\"participantCount\":12}";
    for (String[] r :
        new String[][] {
          {
            "funding-lines",
            funding,
            "prog_funding",
            "\"obligated\":250000.00",
            "\"obligated\":260000.00"
          },
          {"cost-shares", share, "prog_cost_share", "Kennels", "Kennels and yards"},
          {"events", event, "prog_event", "\"participantCount\":12", "\"participantCount\":14"}
        }) {
      String recordKey = UUID.randomUUID().toString();
      String answer = null;
      for (int i = 0; i < 2; i++) {
        answer =
            mvc.perform(
                    post("/api/program/" + r[0])
                        .header("Idempotency-Key", recordKey)
                        .with(as.user("pm.inl"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(r[1]))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
      }
      long rid = ((Number) JsonPath.read(answer, "$.id")).longValue();
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM " + r[2] + " WHERE project_id = ?")
                  .param(project)
                  .query(Long.class)
                  .single())
          .as(r[0])
          .isEqualTo(1);
      String tag =
          mvc.perform(get("/api/program/" + r[0] + "/{id}", rid).with(as.user("pm.inl")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getHeader("ETag");
      mvc.perform(
              put("/api/program/" + r[0] + "/{id}", rid)
                  .header("If-Match", tag)
                  .with(as.user("pm.inl"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(r[1].replace(r[3], r[4])))
          .andExpect(status().isOk());
      mvc.perform(
              put("/api/program/" + r[0] + "/{id}", rid)
                  .header("If-Match", tag)
                  .with(as.user("pm.inl"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(r[1]))
          .andExpect(status().isPreconditionFailed());
      mvc.perform(get("/api/program/" + r[0] + "/{id}", rid).with(as.user("partner.iom")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            post("/api/program/funding-lines")
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(funding.replace("250000.00", "-5")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("obligated")));
  }

  // ---- results -----------------------------------------------------------------------------

  @Test
  void aValueIsEnteredOnceReviewedByAnotherWithItsETagAndHiddenFromOtherPartners()
      throws Exception {
    long indicator = id("SELECT id FROM res_indicator WHERE code = 'DR-PREVENTION'");
    String key = UUID.randomUUID().toString();
    int year = LocalDate.now().getYear();
    String body = "{\"fiscalYear\":" + year + ",\"amount\":37,\"note\":\"school sessions\"}";
    String first =
        mvc.perform(
                post("/api/results/indicators/{id}/values", indicator)
                    .header("Idempotency-Key", key)
                    .with(as.user("pm.inl"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PENDING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long value = ((Number) JsonPath.read(first, "$.id")).longValue();
    mvc.perform(
            post("/api/results/indicators/{id}/values", indicator)
                .header("Idempotency-Key", key)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(jsonPath("$.id").value(value));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM res_manual_value WHERE indicator_id = ? AND note = 'school sessions'")
                .param(indicator)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String etag =
        mvc.perform(get("/api/results/values/{id}", value).with(as.user("admin")))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    // Four eyes: whoever entered it may not approve it.
    mvc.perform(
            post("/api/results/values/{id}/review", value)
                .header("If-Match", etag)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("review"));
    mvc.perform(
            post("/api/results/values/{id}/review", value)
                .with(as.user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":true}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post("/api/results/values/{id}/review", value)
                .header("If-Match", etag)
                .with(as.user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"));
    mvc.perform(
            post("/api/results/values/{id}/review", value)
                .header("If-Match", etag)
                .with(as.user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":false,\"note\":\"again\"}"))
        .andExpect(status().isPreconditionFailed());

    String indicatorTag =
        mvc.perform(get("/api/results/indicators/{id}", indicator).with(as.user("pm.inl")))
            .andExpect(jsonPath("$.values[*].id", hasItem((int) value)))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(
            put("/api/results/indicators/{id}/targets/{year}", indicator, year)
                .header("If-Match", indicatorTag)
                .with(as.user("pm.inl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\":120}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.targets['" + year + "']").isNumber());
    assertThat(
            jdbc.sql("SELECT target FROM res_target WHERE indicator_id = ? AND fiscal_year = ?")
                .params(indicator, year)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("120");

    // Demand reduction has no partner project: partners do not see it.
    mvc.perform(get("/api/results/indicators/{id}", indicator).with(as.user("partner.iom")))
        .andExpect(status().isNotFound());
    assertThat(audited("INDICATOR_REFUSED", "partner.iom", indicator)).isEqualTo(1);
    mvc.perform(get("/api/results/indicators").with(as.user("officer.cdc")))
        .andExpect(status().isForbidden());
  }

  // ---- training ----------------------------------------------------------------------------

  @Test
  void aCoordinatorNominatesToOwnSessionsAndAnotherAgencysAre404() throws Exception {
    var course =
        jdbc.sql(
                "SELECT c.id, c.center_id FROM trn_course c JOIN trn_center x ON x.id = c.center_id"
                    + " WHERE x.hosting_agency = 'FINANCIAL_POLICE' AND EXISTS (SELECT 1 FROM trn_curriculum_version v"
                    + " WHERE v.course_id = c.id AND v.approved_on IS NOT NULL) ORDER BY c.id")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list()
            .get(0);
    LocalDate start = LocalDate.now().plusDays(60 + (int) (Math.random() * 200));
    String schedule =
        "{\"course\":"
            + course[0]
            + ",\"center\":"
            + course[1]
            + ",\"startsOn\":\""
            + start
            + "\",\"endsOn\":\""
            + start.plusDays(4)
            + "\",\"capacity\":20}";
    String scheduled =
        mvc.perform(
                post("/api/training/sessions")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .with(as.user("coordinator.fp"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(schedule))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long fpSession = ((Number) JsonPath.read(scheduled, "$.session.id")).longValue();
    mvc.perform(
            post("/api/training/sessions")
                .with(as.user("coordinator.li"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(schedule))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/training/sessions/{id}", fpSession).with(as.user("coordinator.fp")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.session.id").value(fpSession));
    String key = UUID.randomUUID().toString();
    String serviceNumber = "FP-" + UUID.randomUUID().toString().substring(0, 6);
    String nomination =
        "{\"agency\":\"FINANCIAL_POLICE\",\"serviceNumber\":\""
            + serviceNumber
            + "\",\"fullName\":\"Сейткали Нурлан\",\"gender\":\"M\"}";
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/training/sessions/{id}/enrolments", fpSession)
                  .header("Idempotency-Key", key)
                  .with(as.user("coordinator.fp"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(nomination))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.enrolmentId").isNumber());
    }
    mvc.perform(
            get("/api/training/sessions/{id}/enrolments", fpSession)
                .with(as.user("coordinator.fp")))
        .andExpect(
            jsonPath("$[?(@.trainee.serviceNumber == '" + serviceNumber + "')]").isNotEmpty());

    long center = id("SELECT center_id FROM trn_session WHERE id = ?", fpSession);
    long refusedBefore = audited("TRAINING_CENTER_REFUSED", "coordinator.li", center);
    mvc.perform(get("/api/training/sessions/{id}", fpSession).with(as.user("coordinator.li")))
        .andExpect(status().isNotFound());
    assertThat(audited("TRAINING_CENTER_REFUSED", "coordinator.li", center))
        .isEqualTo(refusedBefore + 1);
    mvc.perform(
            post("/api/training/sessions/{id}/enrolments", fpSession)
                .with(as.user("coordinator.li"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(nomination))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/training/centers").with(as.user("officer.cdc")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/training/centers").with(as.user("pm.inl"))).andExpect(status().isOk());
  }

  @Test
  void aCertificateIsVerifiedWithoutSigningInAndShowsNoName() throws Exception {
    var code =
        jdbc.sql("SELECT code FROM trn_certificate WHERE revoked_at IS NULL")
            .query(String.class)
            .list();
    mvc.perform(get("/api/training/certificates/verify").param("code", "NOPE-NOPE-NOPE"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("UNKNOWN"));
    if (!code.isEmpty()) {
      mvc.perform(get("/api/training/certificates/verify").param("code", code.get(0)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.verdict").value("VALID"))
          .andExpect(jsonPath("$.course").isString())
          .andExpect(jsonPath("$.trainee").doesNotExist());
    }
  }

  // ---- financial intelligence -----------------------------------------------------------------

  @Test
  void anInvestigatorOpensACaseAddsANoteOnceAndAnotherAgencyGets404() throws Exception {
    String key = UUID.randomUUID().toString();
    String created =
        mvc.perform(
                post("/api/finintel/cases")
                    .header("Idempotency-Key", key)
                    .with(as.user("investigator.fp"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Shell companies paying Almaty importers\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    mvc.perform(
            post("/api/finintel/cases")
                .header("Idempotency-Key", key)
                .with(as.user("investigator.fp"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Shell companies paying Almaty importers\"}"))
        .andExpect(jsonPath("$.id").value(id));
    String noteKey = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/finintel/cases/{id}/notes", id)
                  .header("Idempotency-Key", noteKey)
                  .with(as.user("investigator.fp"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"text\":\"asked the bank for statements\"}"))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.kind").value("NOTE"));
    }
    mvc.perform(get("/api/finintel/cases/{id}/notes", id).with(as.user("investigator.fp")))
        .andExpect(jsonPath("$.total").value(2)); // OPENED and the one note
    mvc.perform(
            get("/api/finintel/cases/{id}/trace", id)
                .param("account", "NOBANK:0000")
                .with(as.user("investigator.fp")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("account"));

    var read =
        mvc.perform(get("/api/finintel/cases/{id}", id).with(as.user("investigator.fp")))
            .andExpect(jsonPath("$.caseFile.status").value("OPEN"))
            .andReturn()
            .getResponse();
    mvc.perform(
            put("/api/finintel/cases/{id}/status", id)
                .with(as.user("investigator.fp"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CLOSED\"}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put("/api/finintel/cases/{id}/status", id)
                .header("If-Match", read.getHeader("ETag"))
                .with(as.user("investigator.fp"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CLOSED\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseFile.status").value("CLOSED"));

    mvc.perform(get("/api/finintel/cases/{id}", id).with(as.user("investigator.pgo")))
        .andExpect(status().isNotFound());
    assertThat(audited("finintel.case.refused", "investigator.pgo", id)).isEqualTo(1);
    mvc.perform(
            post("/api/finintel/cases/{id}/notes", id)
                .with(as.user("investigator.pgo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/finintel/cases").with(as.user("analyst.cdc")))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoChangesSentWithTheSameETagAtOnceCannotBothWin(
      @Autowired PlatformTransactionManager transactions) throws Exception {
    String created =
        mvc.perform(
                post("/api/finintel/cases")
                    .with(as.user("investigator.fp"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Two offices at once\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    String etag =
        mvc.perform(get("/api/finintel/cases/{id}", id).with(as.user("investigator.fp")))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    var pool = Executors.newFixedThreadPool(2);
    try {
      var tx = new TransactionTemplate(transactions);
      List<Future<Integer>> answers =
          tx.execute(
              s -> {
                // The case's row is held here, so that both changes are under way before either may
                // finish: compared without a lock, both would match the tag and both would be
                // saved.
                jdbc.sql("SELECT id FROM fin_case WHERE id = ? FOR UPDATE")
                    .param(id)
                    .query(Long.class)
                    .single();
                List<Future<Integer>> sent = new ArrayList<>();
                for (String status : List.of("CLOSED", "CLOSED")) {
                  sent.add(
                      pool.submit(
                          () ->
                              mvc.perform(
                                      put("/api/finintel/cases/{id}/status", id)
                                          .header("If-Match", etag)
                                          .with(as.user("investigator.fp"))
                                          .contentType(MediaType.APPLICATION_JSON)
                                          .content("{\"status\":\"" + status + "\"}"))
                                  .andReturn()
                                  .getResponse()
                                  .getStatus()));
                }
                try {
                  Thread.sleep(1500);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                assertThat(sent).as("both wait for the lock").noneMatch(Future::isDone);
                return sent;
              });
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS));
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM fin_case_event WHERE case_id = ? AND kind = 'STATUS'")
                .param(id)
                .query(Long.class)
                .single())
        .as("one change saved")
        .isEqualTo(1);
  }

  // ---- trafficking -------------------------------------------------------------------------

  @Test
  void aCaseworkerRefersAVictimOnceAndChangesTheReferralWithItsETag() throws Exception {
    String created =
        mvc.perform(
                post("/api/trafficking/cases")
                    .with(as.user("caseworker.mp"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"agreementToManagePersonalData\": true, \"consentDate\": \"2025-01-01\","
                            + " \"identifiedOn\": \"2025-01-02\", \"firstName\": \"Api\", \"gender\": \"FEMALE\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    String key = UUID.randomUUID().toString();
    String body =
        "{\"service\":\"SHELTER\",\"provider\":\"Crisis centre, Astana\",\"referredOn\":\"2025-01-03\"}";
    String referral = null;
    for (int i = 0; i < 2; i++) {
      referral =
          mvc.perform(
                  post("/api/trafficking/cases/{id}/referrals", id)
                      .header("Idempotency-Key", key)
                      .with(as.user("caseworker.mp"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(body))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.status").value("REQUESTED"))
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    long referralId = ((Number) JsonPath.read(referral, "$.id")).longValue();
    mvc.perform(get("/api/trafficking/cases/{id}/referrals", id).with(as.user("caseworker.mp")))
        .andExpect(jsonPath("$.length()").value(1));
    String etag =
        mvc.perform(
                get("/api/trafficking/referrals/{id}", referralId).with(as.user("caseworker.mp")))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(
            post("/api/trafficking/referrals/{id}/status", referralId)
                .header("If-Match", etag)
                .with(as.user("caseworker.mp"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ACCEPTED\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"));
    mvc.perform(
            post("/api/trafficking/referrals/{id}/status", referralId)
                .header("If-Match", etag)
                .with(as.user("caseworker.mp"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"COMPLETED\"}"))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(get("/api/trafficking/referrals").with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/trafficking/statistics/by-year").with(as.user("pm.inl")))
        .andExpect(status().isOk());
  }

  // ---- workspace ---------------------------------------------------------------------------

  @Test
  void searchAnswersOnlyWhatTheCallerMaySeeAndNotificationsAreAcknowledged(
      @Autowired Notices notices) throws Exception {
    mvc.perform(get("/api/workspace/search").param("q", "Жаксылыков").with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").isNumber());
    mvc.perform(get("/api/workspace/search").param("q", " ").with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
    mvc.perform(
            get("/api/workspace/person")
                .param("name", "Жаксылыков Ерлан")
                .param("born", "1985-11-03")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Жаксылыков Ерлан"));

    String key = "api-test:" + UUID.randomUUID();
    long n =
        notices.raise(
            new NewNotification(
                NotificationKind.LOOKOUT_HIT,
                "A lookout matched at Merke",
                "/interdiction/lookouts",
                Audience.user("analyst.cdc", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.ANALYST),
                key));
    mvc.perform(
            get("/api/workspace/notifications")
                .param("unread", "true")
                .with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) n)));
    mvc.perform(
            post("/api/workspace/notifications/{id}/acknowledge", n).with(as.user("analyst.bg")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/workspace/notifications/{id}/acknowledge", n).with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acknowledgedAt").isString())
        .andExpect(jsonPath("$.read").value(true));
  }
}
