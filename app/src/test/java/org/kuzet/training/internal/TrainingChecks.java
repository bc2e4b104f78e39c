package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.program.OfficersTrained;
import org.kuzet.program.ProgramManagement;
import org.kuzet.testing.As;
import org.kuzet.training.SessionId;
import org.kuzet.training.TrainingCompleted;
import org.kuzet.training.internal.Enrolment.Status;
import org.kuzet.training.internal.SessionManagement.Scores;
import org.kuzet.training.internal.demo.TrainingDemoData;
import org.kuzet.web.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The training module on a real database, through its pages and its services. */
@RecordApplicationEvents
abstract class TrainingChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired CenterManagement centerManagement;
  @Autowired SessionManagement sessionManagement;
  @Autowired Accounts accounts;
  @Autowired Enrolments enrolments;
  @Autowired Sessions sessions;
  @Autowired Certificates certificates;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired ProgramManagement program;
  @Autowired Centers centerRecords;

  TrainingFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new TrainingFixtures(centerManagement, sessionManagement, accounts);
  }

  @Test
  void everyAgencyInTheTrainingRecordsIsOneAnAdministratorCanGiveAccountsTo(
      @Autowired Agencies agencies) {
    var codes =
        jdbc.sql("SELECT agency_code FROM trn_trainee UNION SELECT hosting_agency FROM trn_center")
            .query(String.class)
            .list();
    assertThat(codes).contains("MOI_POLICE");
    assertThat(codes)
        .allSatisfy(code -> assertThat(agencies.exists(AgencyCode.of(code))).as(code).isTrue());
  }

  @Test
  void theThirtyFirstNomineeWaitsAndMovesUpWhenSomeoneWithdraws() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    long first = 0;
    for (int i = 1; i <= 30; i++) {
      var placed =
          sessionManagement.nominate(
              fx.coordinator(),
              session,
              TrainingFixtures.migrationOfficer(),
              AgencyCode.MIGRATION_POLICE);
      assertThat(placed.status()).as("nominee %d", i).isEqualTo(Status.ENROLLED);
      first = i == 1 ? placed.enrolmentId().value() : first;
    }
    var thirtyFirst = TrainingFixtures.officer(AgencyCode.of("MOI_POLICE"), Gender.M);
    mvc.perform(
            post("/training/sessions/{id}/nominations", session)
                .param("fullName", thirtyFirst.fullName())
                .param("serviceNumber", thirtyFirst.serviceNumber())
                .param("agency", "MOI_POLICE")
                .param("gender", "M")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "ok",
                    "The session is full: " + thirtyFirst.fullName() + " is on the waiting list."));
    assertThat(enrolments.count(session, Status.ENROLLED)).isEqualTo(30);
    assertThat(enrolments.count(session, Status.WAITLISTED)).isEqualTo(1);

    mvc.perform(
            post("/training/enrolments/{id}/withdraw", first)
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "ok",
                    "Withdrawn. "
                        + thirtyFirst.fullName()
                        + " moved up from the waiting list and is now enrolled."));
    assertThat(enrolments.count(session, Status.ENROLLED)).isEqualTo(30);
    assertThat(enrolments.count(session, Status.WAITLISTED)).isZero();
    assertThat(enrolments.ofSession(session))
        .filteredOn(e -> e.trainee().serviceNumber().equals(thirtyFirst.serviceNumber()))
        .singleElement()
        .extracting(Enrolment::status)
        .isEqualTo(Status.ENROLLED);
    mvc.perform(get("/training/sessions/{id}", session).with(as.user("coordinator.li")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("30 of 30 seats taken, 0 on the waiting list")));
  }

  @Test
  void eachSessionKeepsTheCurriculumVersionItTaught() throws Exception {
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    SessionId before = fx.pastSession(course, center);
    long v2 = centerManagement.draftVersion(fx.coordinator(), course, "Cadet module added");
    // A draft cannot be taught.
    assertThatThrownBy(
            () ->
                sessionManagement.schedule(
                    fx.coordinator(),
                    course,
                    center,
                    LocalDate.of(2008, 5, 5),
                    LocalDate.of(2008, 5, 9),
                    null,
                    v2))
        .isInstanceOf(Refusal.class)
        .hasMessage("training.refusal.session.draftCurriculum");
    centerManagement.approveVersion(
        fx.coordinator(), v2, "Academic council", LocalDate.of(2008, 4, 1));
    SessionId after = fx.pastSession(course, center);

    var versions =
        jdbc.sql("SELECT id, version_no FROM trn_curriculum_version WHERE course_id = ?")
            .param(course.value())
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
            .list();
    Map<Long, Integer> numberOf = new HashMap<>();
    versions.forEach(e -> numberOf.put(e.getKey(), e.getValue()));
    assertThat(numberOf.get(sessions.find(before).orElseThrow().curriculumVersionId()))
        .isEqualTo(1);
    assertThat(numberOf.get(sessions.find(after).orElseThrow().curriculumVersionId())).isEqualTo(2);
    mvc.perform(get("/training/sessions/{id}", before).with(as.user("pm.inl")))
        .andExpect(
            content()
                .string(containsString("Version 1, approved by Academic council on 10.01.2008")));
    mvc.perform(get("/training/sessions/{id}", after).with(as.user("pm.inl")))
        .andExpect(
            content()
                .string(containsString("Version 2, approved by Academic council on 01.04.2008")));
  }

  @Test
  void aCourseWithoutAnApprovedCurriculumCannotBeScheduled() throws Exception {
    CenterId center = fx.centerFor30();
    CourseId course =
        centerManagement.createCourse(
            fx.coordinator(),
            center,
            new CenterManagement.CourseForm(
                TrainingFixtures.unique("DRAFT"),
                "Draft course",
                "t",
                "KZ-TIP",
                "cadets",
                10,
                80,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                null,
                null));
    mvc.perform(
            post("/training/courses/{id}/sessions", course)
                .param("startsOn", "2009-02-16")
                .param("endsOn", "2009-02-20")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "Draft course has no approved curriculum version yet: approve one before scheduling a session."));
  }

  @Test
  void invalidDatesAreRefusedWithTheDatesNamed() throws Exception {
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    int before = sessions.ofCourse(course).size();
    mvc.perform(
            post("/training/courses/{id}/sessions", course)
                .param("startsOn", "2009-02-20")
                .param("endsOn", "2009-02-16")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error", "The last day (2009-02-16) is before the first day (2009-02-20)."));
    mvc.perform(
            post("/training/courses/{id}/sessions", course)
                .param("startsOn", "2009-02-31")
                .param("endsOn", "2009-03-02")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error", "Field “start date”: \"2009-02-31\" is not a date (use YYYY-MM-DD)."));
    mvc.perform(
            post("/training/courses/{id}/sessions", course)
                .param("startsOn", "2009-02-16")
                .param("endsOn", "2010-02-16")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(flash().attribute("error", "A session lasts at most 90 days: check the dates."));
    assertThat(sessions.ofCourse(course)).hasSize(before);
  }

  @Test
  void aSecondNominationOfTheSameOfficerIsRefused() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    for (int round = 0; round < 2; round++) {
      var result =
          mvc.perform(
              post("/training/sessions/{id}/nominations", session)
                  .param("fullName", "Айгуль Сейтказиева")
                  .param("serviceNumber", "MP-77001")
                  .param("agency", "MIGRATION_POLICE")
                  .param("gender", "F")
                  .with(csrf())
                  .with(as.user("coordinator.li")));
      if (round == 0) {
        result.andExpect(flash().attribute("ok", "Айгуль Сейтказиева is enrolled."));
      } else {
        result.andExpect(
            flash()
                .attribute(
                    "error",
                    "Айгуль Сейтказиева (service number MP-77001) is already enrolled in this session."));
      }
    }
    assertThat(enrolments.ofSession(session)).hasSize(1);
  }

  @Test
  void completionAppliesTheRuleIssuesCertificatesAndTellsTheProgramOffice() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    var passes = TrainingFixtures.officer(AgencyCode.MIGRATION_POLICE, Gender.F);
    var alsoPasses = TrainingFixtures.officer(AgencyCode.of("MOI_POLICE"), Gender.M);
    var missedTwoDays = TrainingFixtures.officer(AgencyCode.MIGRATION_POLICE, Gender.M);
    var failedTest = TrainingFixtures.officer(AgencyCode.MIGRATION_POLICE, Gender.F);
    EnrolmentId a =
        sessionManagement
            .nominate(fx.coordinator(), session, passes, AgencyCode.MIGRATION_POLICE)
            .enrolmentId();
    EnrolmentId b =
        sessionManagement
            .nominate(fx.coordinator(), session, alsoPasses, AgencyCode.of("MOI_POLICE"))
            .enrolmentId();
    EnrolmentId c =
        sessionManagement
            .nominate(fx.coordinator(), session, missedTwoDays, AgencyCode.MIGRATION_POLICE)
            .enrolmentId();
    EnrolmentId d =
        sessionManagement
            .nominate(fx.coordinator(), session, failedTest, AgencyCode.MIGRATION_POLICE)
            .enrolmentId();
    var days = sessions.find(session).orElseThrow().days();
    sessionManagement.recordProgress(
        fx.coordinator(),
        session,
        Map.of(
            a,
            Set.copyOf(days),
            b,
            Set.copyOf(days.subList(0, 4)),
            c,
            Set.copyOf(days.subList(0, 3)),
            d,
            Set.copyOf(days)),
        Map.of(
            a, new Scores(new BigDecimal("40"), new BigDecimal("85")),
            b, new Scores(new BigDecimal("50"), new BigDecimal("70")),
            c, new Scores(new BigDecimal("45"), new BigDecimal("90")),
            d, new Scores(new BigDecimal("30"), new BigDecimal("69.5"))));

    int trainedBefore = program.officersTrained("KZ-TIP");
    mvc.perform(
            post("/training/sessions/{id}/complete", session)
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "ok",
                    "Session completed: 2 officers met the completion rule and received certificates (FY2008)."));

    assertThat(certificates.ofSession(session))
        .extracting(Certificate::enrolmentId)
        .containsExactlyInAnyOrder(a, b);
    var published =
        events.stream(TrainingCompleted.class).filter(e -> e.sessionId().equals(session)).toList();
    assertThat(published)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fiscalYear()).isEqualTo(2008);
              assertThat(e.completedOn()).isEqualTo(LocalDate.of(2008, 3, 7));
              assertThat(e.programCode()).isEqualTo("KZ-TIP");
              assertThat(e.centerAgency()).isEqualTo(AgencyCode.MOI_LEGAL_INSTITUTE);
              assertThat(e.officers())
                  .containsExactlyInAnyOrder(
                      new TrainingCompleted.Headcount(AgencyCode.MIGRATION_POLICE, "F", 1),
                      new TrainingCompleted.Headcount(AgencyCode.of("MOI_POLICE"), "M", 1));
              assertThat(e.total()).isEqualTo(2);
            });
    // The program office receives one count per agency and adds it to the program's officers
    // trained.
    assertThat(
            events.stream(OfficersTrained.class)
                .filter(o -> o.sourceRef().startsWith("training:session:" + session + ":")))
        .containsExactlyInAnyOrder(
            new OfficersTrained(
                "KZ-TIP",
                AgencyCode.MIGRATION_POLICE,
                2008,
                1,
                1,
                LocalDate.of(2008, 3, 7),
                "training:session:" + session + ":MIGRATION_POLICE"),
            new OfficersTrained(
                "KZ-TIP",
                AgencyCode.of("MOI_POLICE"),
                2008,
                1,
                0,
                LocalDate.of(2008, 3, 7),
                "training:session:" + session + ":MOI_POLICE"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(program.officersTrained("KZ-TIP")).isEqualTo(trainedBefore + 2));
    // A completed session is closed to changes.
    assertThatThrownBy(
            () ->
                sessionManagement.nominate(
                    fx.coordinator(),
                    session,
                    TrainingFixtures.migrationOfficer(),
                    AgencyCode.MIGRATION_POLICE))
        .isInstanceOf(Refusal.class)
        .hasMessage("training.refusal.session.closed");
  }

  @Test
  void aSessionCannotBeCompletedBeforeItsLastDay() throws Exception {
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    LocalDate start = LocalDate.now().plusDays(30);
    SessionId session =
        sessionManagement.schedule(
            fx.coordinator(), course, center, start, start.plusDays(4), null, null);
    mvc.perform(
            post("/training/sessions/{id}/complete", session)
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "The session ends on "
                        + start.plusDays(4)
                        + ": it can be completed from that day on."));
  }

  @Test
  void certificatesVerifyAsValidRevokedOrUnknownWithoutNamingThePerson() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    var officer = TrainingFixtures.officer(AgencyCode.MIGRATION_POLICE, Gender.F);
    EnrolmentId e =
        sessionManagement
            .nominate(fx.coordinator(), session, officer, AgencyCode.MIGRATION_POLICE)
            .enrolmentId();
    var days = sessions.find(session).orElseThrow().days();
    sessionManagement.recordProgress(
        fx.coordinator(),
        session,
        Map.of(e, Set.copyOf(days)),
        Map.of(e, new Scores(null, new BigDecimal("90"))));
    sessionManagement.complete(fx.coordinator(), session);
    Certificate cert = certificates.ofEnrolment(e).orElseThrow();

    // Anyone, signed in or not, may check a code: valid, with the course and date and nothing else.
    mvc.perform(get("/certificates/verify").param("code", cert.code()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Certificate " + cert.code() + " is valid.")))
        .andExpect(content().string(not(containsString(officer.fullName()))))
        .andExpect(content().string(not(containsString(officer.serviceNumber()))));
    // Typed sloppily: lower case, spaces, O for zero.
    mvc.perform(
            get("/certificates/verify")
                .param("code", " " + cert.code().toLowerCase().replace('0', 'o') + " "))
        .andExpect(content().string(containsString("is valid.")));

    mvc.perform(
            post("/training/certificates/{id}/revoke", cert.id())
                .param("reason", " ")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash().attribute("error", "Please give the reason for revoking the certificate."));
    mvc.perform(
            post("/training/certificates/{id}/revoke", cert.id())
                .param("reason", "Test results found falsified")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/training/certificates/{id}/revoke", cert.id())
                .param("reason", "Test results found falsified")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(flash().attribute("ok", "Certificate revoked."));
    mvc.perform(get("/certificates/verify").param("code", cert.code()))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Certificate " + cert.code() + " was revoked and is no longer valid.")))
        .andExpect(content().string(not(containsString("falsified"))));

    mvc.perform(get("/certificates/verify").param("code", "KZT-0000-0000-0000"))
        .andExpect(
            content().string(containsString("No certificate has the code KZT-0000-0000-0000.")));
    mvc.perform(get("/certificates/verify").param("code", "<script>alert(1)</script>"))
        .andExpect(content().string(containsString("No certificate has the code")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'CERTIFICATE_REVOKED' AND target_id = ?")
                .param(cert.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theCertificateIsAPdfWithTheNameCourseAndCode() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    var officer =
        new SessionManagement.Nominee(
            AgencyCode.MIGRATION_POLICE,
            TrainingFixtures.unique("SN"),
            "Жанар Омарова",
            Gender.F,
            null,
            false);
    EnrolmentId e =
        sessionManagement
            .nominate(fx.coordinator(), session, officer, AgencyCode.MIGRATION_POLICE)
            .enrolmentId();
    var days = sessions.find(session).orElseThrow().days();
    sessionManagement.recordProgress(
        fx.coordinator(),
        session,
        Map.of(e, Set.copyOf(days)),
        Map.of(e, new Scores(null, new BigDecimal("75"))));
    sessionManagement.complete(fx.coordinator(), session);
    Certificate cert = certificates.ofEnrolment(e).orElseThrow();

    byte[] pdf =
        mvc.perform(
                get("/training/certificates/{id}/pdf", cert.id()).with(as.user("coordinator.li")))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Жанар Омарова")
          .contains(cert.code())
          .contains("Certificate of Training");
    }
    // In the reader's language, with a verify link that carries the host it was downloaded from.
    for (var lang :
        Map.of("ru", "Сертификат об обучении", "kk", "Оқу туралы сертификат").entrySet()) {
      byte[] worded =
          mvc.perform(
                  get("/training/certificates/{id}/pdf", cert.id())
                      .param("lang", lang.getKey())
                      .with(as.user("coordinator.li")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (var doc = Loader.loadPDF(worded)) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertThat(text)
            .contains(lang.getValue())
            .doesNotContain("Certificate of Training", "Verify this")
            .contains("http://localhost/certificates/verify?code=" + cert.code());
      }
    }
    // Another agency's certificate does not exist for its coordinators, on the page as in the API.
    mvc.perform(get("/training/certificates/{id}/pdf", cert.id()).with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
  }

  @Test
  void otherRolesAndOtherAgenciesAreRefused() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    for (String outsider :
        List.of(
            "officer.cdc",
            "analyst.bg",
            "investigator.fp",
            "caseworker.mp",
            "partner.unodc",
            "admin")) {
      mvc.perform(get("/training").with(as.user(outsider))).andExpect(status().isForbidden());
      mvc.perform(get("/training/sessions/{id}", session).with(as.user(outsider)))
          .andExpect(status().isForbidden());
    }
    // A coordinator of another agency neither sees nor changes the Legal Institute's session: to
    // them it does not exist (404, as in the API), and each attempt is audited.
    long refusedBefore =
        jdbc.sql(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'TRAINING_CENTER_REFUSED' AND actor = 'coordinator.fp'")
            .query(Long.class)
            .single();
    mvc.perform(get("/training/sessions/{id}", session).with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/training/sessions/{id}/nominations", session)
                .param("fullName", "X")
                .param("serviceNumber", "1")
                .param("agency", "FINANCIAL_POLICE")
                .param("gender", "M")
                .with(csrf())
                .with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/training/sessions/{id}", session).with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'TRAINING_CENTER_REFUSED' AND actor = 'coordinator.fp'")
                .query(Long.class)
                .single())
        .isEqualTo(refusedBefore + 3);
    // Program managers read but do not change.
    mvc.perform(get("/training/sessions/{id}", session).with(as.user("pm.inl")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/training/sessions/{id}/nominations", session)
                .param("fullName", "X")
                .param("serviceNumber", "1")
                .param("agency", "MIGRATION_POLICE")
                .param("gender", "M")
                .with(csrf())
                .with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/training/sessions/{id}/complete", session).with(csrf()).with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
    assertThat(enrolments.ofSession(session)).isEmpty();
    assertThatThrownBy(() -> sessionManagement.cancel(fx.user("coordinator.fp"), session))
        .isInstanceOf(TrainingAccess.OtherAgencyRecord.class);
    // The overview lists only the coordinator's own centers.
    mvc.perform(get("/training").with(as.user("coordinator.fp")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Financial Police Academy")))
        .andExpect(content().string(not(containsString("Anti-Trafficking in Persons Center"))));
  }

  @Test
  void aNomineeListWithABadRowImportsNothingAndNamesTheLine() throws Exception {
    SessionId session = fx.pastSessionStillOpen();
    String sn1 = TrainingFixtures.unique("SN");
    String sn2 = TrainingFixtures.unique("SN");
    String bad =
        "service_number;full_name;gender;agency;rank\n"
            + sn1
            + ";Ерлан Ахметов;М;MIGRATION_POLICE;капитан\n"
            + sn2
            + ";Алия Касымова;X;MIGRATION_POLICE;\n"
            + ";Без номера;F;MIGRATION_POLICE;\n"
            + sn1
            + ";Ерлан Ахметов;M;MIGRATION_POLICE;\n";
    mvc.perform(
            multipart("/training/sessions/{id}/import", session)
                .file(
                    new MockMultipartFile(
                        "file", "nominees.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "3 rows were rejected, so nothing was imported. Correct them and import the file again."))
        .andExpect(
            flash()
                .attribute(
                    "importProblems",
                    List.of(
                        new NomineeImport.Problem(3, "Gender \"X\" is not F or M."),
                        new NomineeImport.Problem(4, "Column service_number is empty."),
                        new NomineeImport.Problem(
                            5, "Service number " + sn1 + " appears twice in the file."))));
    assertThat(enrolments.ofSession(session)).isEmpty();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM trn_trainee WHERE service_number = ?")
                .param(sn1)
                .query(Long.class)
                .single())
        .isZero();

    // The same people in an Excel workbook, corrected, go in whole.
    var out = new ByteArrayOutputStream();
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Nominees");
      String[][] rows = {
        {"Service number", "ФИО", "Пол", "Agency", "Cadet"},
        {sn1, "Ерлан Ахметов", "М", "MIGRATION_POLICE", "no"},
        {sn2, "Алия Касымова", "Ж", "MOI_POLICE", "да"},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }
    mvc.perform(
            multipart("/training/sessions/{id}/import", session)
                .file(
                    new MockMultipartFile(
                        "file", "nominees.xlsx", "application/octet-stream", out.toByteArray()))
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash().attribute("ok", "Nominee list imported: 2 enrolled, 0 on the waiting list."));
    assertThat(enrolments.ofSession(session))
        .extracting(
            en ->
                en.trainee().fullName() + "/" + en.trainee().gender() + "/" + en.trainee().cadet())
        .containsExactly("Ерлан Ахметов/M/false", "Алия Касымова/F/true");
  }

  @Test
  void aTraineeHistorySpansCentersAndYears() throws Exception {
    var officer = TrainingFixtures.migrationOfficer();
    SessionId first = fx.pastSessionStillOpen();
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    SessionId second =
        sessionManagement.schedule(
            fx.coordinator(),
            course,
            center,
            LocalDate.of(2009, 11, 2),
            LocalDate.of(2009, 11, 6),
            null,
            null);
    sessionManagement.nominate(fx.coordinator(), first, officer, AgencyCode.MIGRATION_POLICE);
    sessionManagement.nominate(fx.coordinator(), second, officer, AgencyCode.MIGRATION_POLICE);
    long trainee = enrolments.ofSession(first).get(0).trainee().id();
    mvc.perform(get("/training/trainees/{id}", trainee).with(as.user("pm.inl")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("FY2008")))
        .andExpect(content().string(containsString("FY2010")));
    mvc.perform(get("/training/trainees/{id}", trainee).with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/training/trainees")
                .param("q", officer.serviceNumber())
                .with(as.user("coordinator.li")))
        .andExpect(content().string(containsString(officer.fullName())));
  }

  @Test
  void theAnnualPlanComparesPlannedAndHeldSessionsFromTheDemoHistory() throws Exception {
    String html =
        mvc.perform(get("/training/plan").param("fy", "2008").with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var row =
        Jsoup.parse(html).select("#plan tr").stream()
            .filter(tr -> tr.text().startsWith("Anti-Trafficking in Persons Center"))
            .findFirst()
            .orElseThrow();
    // FY2008 at the Anti-TIP Center: five planned, four held, one cancelled (demo history).
    assertThat(row.select("td").eachText())
        .startsWith("Anti-Trafficking in Persons Center", "5", "4", "4", "1");
    String csv =
        mvc.perform(get("/training/plan/officers-trained.csv").with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFfiscal_year,center,agency,women,men,total")
        .contains("2008,ANTI-TIP-KARAGANDA,MIGRATION_POLICE,");
  }

  @Test
  void everyPageRendersForTheCoordinatorAndTheProgramManager() throws Exception {
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    SessionId session = fx.pastSession(course, center);
    centerManagement.addEquipment(
        fx.coordinator(),
        center,
        TrainingFixtures.unique("INL-SN"),
        "Projector",
        LocalDate.of(2008, 1, 5));
    centerManagement.draftVersion(fx.coordinator(), course, "Revision for cadets");
    sessionManagement.addInstructor(fx.coordinator(), session, "J. Smith", "INL");
    sessionManagement.nominate(
        fx.coordinator(),
        session,
        TrainingFixtures.migrationOfficer(),
        AgencyCode.MIGRATION_POLICE);
    for (String user : List.of("coordinator.li", "pm.inl")) {
      for (String path :
          List.of(
              "/training",
              "/training/centers/" + center,
              "/training/courses/" + course,
              "/training/sessions/" + session,
              "/training/plan",
              "/training/plan?fy=2007",
              "/training/trainees?q=Officer")) {
        for (String lang : List.of("en", "ru", "kk")) {
          mvc.perform(get(path).param("lang", lang).with(as.user(user))).andExpect(status().isOk());
        }
      }
    }
    mvc.perform(get("/training/courses/{id}", course).with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("Draft, not yet approved")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Attendance of at least 80% of the days and a post-test of at least 70")));
    mvc.perform(get("/training/courses/{id}", course).param("lang", "ru").with(as.user("pm.inl")))
        .andExpect(content().string(containsString("Проект, ещё не утверждена")))
        .andExpect(content().string(not(containsString("Schedule a session"))));
    mvc.perform(get("/training/plan/officers-trained.xlsx").with(as.user("coordinator.li")))
        .andExpect(status().isOk());
    mvc.perform(get("/certificates/verify").param("lang", "kk"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Оқу сертификатын тексеру")));
  }

  @Test
  void centersReferenceTheProgramOfficeEquipmentRegister() throws Exception {
    CenterId tip = centerRecords.findByCode(TrainingDemoData.TIP_CENTER).orElseThrow().id();
    // The demo center links the projector and dormitory furniture the program register holds for
    // it.
    String html =
        mvc.perform(get("/training/centers/{id}", tip).with(as.user("pm.inl")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var rows = Jsoup.parse(html).select("#equipment tr");
    assertThat(rows.eachText())
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("EMP1810-77312", "Anti-TIP Center, Karaganda", "KZ-TIP-CENTER"));
    assertThat(html).doesNotContain("Not found in the register");

    CenterId center = fx.centerFor30();
    mvc.perform(
            post("/training/centers/{id}/equipment", center)
                .param("registerRef", "FPA-LAB-2006-1")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash()
                .attribute(
                    "error",
                    "The program office register has no item FPA-LAB-2006-1 for this center."));
    mvc.perform(
            post("/training/centers/{id}/equipment", center)
                .param("equipmentRef", "LOCAL-PC-7")
                .param("description", "Bought locally")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(flash().attribute("ok", "Equipment LOCAL-PC-7 recorded."));
    mvc.perform(get("/training/centers/{id}", center).with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("Not found in the register")));
    mvc.perform(
            post("/training/centers/{id}/equipment", center)
                .param("equipmentRef", "LOCAL-PC-7")
                .param("description", "Again")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(
            flash().attribute("error", "Equipment LOCAL-PC-7 is already recorded at this center."));
  }

  @Test
  void centersAndCoursesReadInTheReadersLanguageAndTheirFormsTakeAllThreeNames() throws Exception {
    // The demo center and course in each language, the base name where no translation is given.
    CenterId tip = centerRecords.findByCode(TrainingDemoData.TIP_CENTER).orElseThrow().id();
    mvc.perform(get("/training/centers/{id}", tip).param("lang", "ru").with(as.user("pm.inl")))
        .andExpect(content().string(containsString("Центр по борьбе с торговлей людьми")))
        .andExpect(content().string(containsString("Выявление торговли людьми и борьба с ней")))
        .andExpect(content().string(not(containsString("Anti-Trafficking in Persons Center"))))
        .andExpect(
            content().string(containsString("Карагандинский юридический институт МВД, Караганда")));
    mvc.perform(get("/training/centers/{id}", tip).param("lang", "kk").with(as.user("pm.inl")))
        .andExpect(content().string(containsString("Адам саудасына қарсы күрес орталығы")))
        .andExpect(content().string(containsString("ІІМ Қарағанды заң институты, Қарағанды")));
    mvc.perform(get("/training/centers/{id}", tip).param("lang", "en").with(as.user("pm.inl")))
        .andExpect(content().string(containsString("Anti-Trafficking in Persons Center")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Legal Institute of the Ministry of Internal Affairs, Karaganda")));
    mvc.perform(get("/training").param("lang", "ru").with(as.user("pm.inl")))
        .andExpect(content().string(containsString("<td>Караганда</td>")));

    CenterId center = fx.centerFor30();
    String base = centerRecords.find(center).orElseThrow().name();
    // The city's translation stays through an edit that keeps the city.
    centerRecords.translatePlaceIfUntranslated(
        centerRecords.find(center).orElseThrow().code(), "Зал", "Зал", "Караганда", "Қарағанды");
    mvc.perform(
            post("/training/centers/{id}", center)
                .param("code", "IGNORED")
                .param("name", base)
                .param("venue", "Test venue")
                .param("city", "Karaganda")
                .param("classrooms", "2")
                .param("dormitoryBeds", "20")
                .param("sessionCapacity", "30")
                .param("sessionsPerYear", "5")
                .param("nameRu", "  Учебный центр  ")
                .param("nameKk", "")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().is3xxRedirection());
    var saved = centerRecords.find(center).orElseThrow();
    assertThat(saved.nameRu()).isEqualTo("Учебный центр");
    assertThat(saved.cityRu()).isEqualTo("Караганда");
    assertThat(saved.venueRu()).as("the venue stayed \"Test venue\"").isEqualTo("Зал");
    assertThat(saved.nameKk()).as("blank is no translation").isNull();
    mvc.perform(
            get("/training/centers/{id}", center)
                .param("lang", "ru")
                .with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("Учебный центр")));
    mvc.perform(
            get("/training/centers/{id}", center)
                .param("lang", "kk")
                .with(as.user("coordinator.li")))
        .andExpect(content().string(containsString(base)));
    mvc.perform(get("/api/training/centers/{id}", center).with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("\"nameRu\":\"Учебный центр\"")));

    // Another agency's coordinator cannot rename it in any language.
    mvc.perform(
            post("/training/centers/{id}", center)
                .param("code", "X")
                .param("name", base)
                .param("venue", "v")
                .param("city", "c")
                .param("nameRu", "Чужое название")
                .with(csrf())
                .with(as.user("coordinator.fp")))
        .andExpect(status().isNotFound());
    assertThat(centerRecords.find(center).orElseThrow().nameRu()).isEqualTo("Учебный центр");

    CourseId course = fx.approvedCourse(center);
    mvc.perform(
            post("/training/courses/{id}", course)
                .param("code", "IGNORED")
                .param("title", "Course in English")
                .param("topic", "Trafficking")
                .param("programCode", "KZ-TIP")
                .param("targetAudience", "Officers")
                .param("hours", "40")
                .param("minAttendancePct", "80")
                .param("passMark", "70")
                .param("titleRu", "Курс на русском")
                .param("titleKk", "Қазақша курс")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/training/courses/{id}", course)
                .param("lang", "kk")
                .with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("Қазақша курс")))
        .andExpect(content().string(containsString("value=\"Course in English\"")));
  }

  @Test
  void centerNotesAndCourseTextsReadInTheReadersLanguageAndFallBackToTheBaseText()
      throws Exception {
    // The demo center's notes and its courses' audiences in each language.
    CenterId tip = centerRecords.findByCode(TrainingDemoData.TIP_CENTER).orElseThrow().id();
    var ru = Jsoup.parse(centerPage(tip, "ru", "pm.inl"));
    assertThat(ru.select("#center-notes-text").text())
        .startsWith("Создан INL при Юридическом институте МВД");
    assertThat(ru.select("#courses").text())
        .contains("Сотрудники миграционной полиции и полиции МВД")
        .doesNotContain("Migration Police and MOI police officers");
    var kk = Jsoup.parse(centerPage(tip, "kk", "pm.inl"));
    assertThat(kk.select("#center-notes-text").text())
        .startsWith("INL ІІМ Заң институтының жанынан");
    assertThat(kk.select("#courses").text())
        .contains("Көші-қон полициясы мен ІІМ полициясының қызметкерлері");
    assertThat(Jsoup.parse(centerPage(tip, "en", "pm.inl")).select("#center-notes-text").text())
        .startsWith("Created by INL within the MOI Legal Institute");
    CourseId inService =
        jdbc.sql("SELECT id FROM trn_course WHERE code = 'TIP-INSERVICE'")
            .query((rs, n) -> new CourseId(rs.getLong(1)))
            .single();
    assertThat(
            Jsoup.parse(coursePage(inService, "ru", "pm.inl")).select("#course-topic-text").text())
        .isEqualTo(
            "Выявление жертв, расследование дел о торговле людьми и направление их по"
                + " подведомственности");

    // Entered through the forms: one translation given, the other language falls back.
    CenterId center = fx.centerFor30();
    var c = centerRecords.find(center).orElseThrow();
    mvc.perform(
            post("/training/centers/{id}", center)
                .param("code", c.code())
                .param("name", c.name())
                .param("venue", c.venue())
                .param("city", c.city())
                .param("classrooms", "2")
                .param("dormitoryBeds", "20")
                .param("sessionCapacity", "30")
                .param("sessionsPerYear", "5")
                .param("notes", "Rooms on the second floor")
                .param("notesRu", "Классы на втором этаже")
                .param("notesKk", " ")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().is3xxRedirection());
    assertThat(
            Jsoup.parse(centerPage(center, "ru", "coordinator.li"))
                .select("#center-notes-text")
                .text())
        .isEqualTo("Классы на втором этаже");
    assertThat(
            Jsoup.parse(centerPage(center, "kk", "coordinator.li"))
                .select("#center-notes-text")
                .text())
        .isEqualTo("Rooms on the second floor");
    assertThat(centerPage(center, "ru", "coordinator.li")).contains("На русском (необязательно)");
    mvc.perform(get("/api/training/centers/{id}", center).with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("\"notes\":\"Rooms on the second floor\"")))
        .andExpect(content().string(containsString("\"notesRu\":\"Классы на втором этаже\"")));

    CourseId course = fx.approvedCourse(center);
    mvc.perform(
            post("/training/courses/{id}", course)
                .param("code", "IGNORED")
                .param("title", "Course in English")
                .param("topic", "Trafficking")
                .param("topicKk", "Адам саудасы")
                .param("programCode", "KZ-TIP")
                .param("targetAudience", "Officers")
                .param("targetAudienceRu", "Сотрудники полиции")
                .param("hours", "40")
                .param("minAttendancePct", "80")
                .param("passMark", "70")
                .with(csrf())
                .with(as.user("coordinator.li")))
        .andExpect(status().is3xxRedirection());
    var courseKk = Jsoup.parse(coursePage(course, "kk", "coordinator.li"));
    assertThat(courseKk.select("#course-topic-text").text()).isEqualTo("Адам саудасы");
    assertThat(courseKk.select("#course-audience-text").text()).isEqualTo("Officers");
    var courseRu = Jsoup.parse(coursePage(course, "ru", "coordinator.li"));
    assertThat(courseRu.select("#course-topic-text").text()).isEqualTo("Trafficking");
    assertThat(courseRu.select("#course-audience-text").text()).isEqualTo("Сотрудники полиции");
    mvc.perform(
            get("/api/training/courses")
                .param("center", Long.toString(center.value()))
                .with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("\"topic\":\"Trafficking\"")))
        .andExpect(content().string(containsString("\"topicKk\":\"Адам саудасы\"")));
  }

  private String centerPage(CenterId id, String lang, String user) throws Exception {
    return mvc.perform(get("/training/centers/{id}", id).param("lang", lang).with(as.user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private String coursePage(CourseId id, String lang, String user) throws Exception {
    return mvc.perform(get("/training/courses/{id}", id).param("lang", lang).with(as.user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void coordinatorsSeeTheirUpcomingSessionsOnTheHomePage() throws Exception {
    mvc.perform(get("/home").with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("Upcoming training sessions")))
        .andExpect(
            content().string(containsString("Identifying and combating trafficking in persons")));
    mvc.perform(get("/home").with(as.user("analyst.cdc")))
        .andExpect(content().string(not(containsString("Upcoming training sessions"))));
  }
}
