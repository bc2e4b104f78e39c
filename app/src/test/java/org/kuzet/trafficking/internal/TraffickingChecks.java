package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.Role;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.trafficking.VictimCaseId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The trafficking module on a real database: who may see victim records (only TIP caseworkers of
 * the owning agency), what the database holds (ciphertext), consent, dates, suppression of small
 * statistics cells and key rotation.
 */
abstract class TraffickingChecks {

  static final String CASEWORKER = "caseworker.mp";

  /** A TIP caseworker of another agency, created for these tests. */
  static final String OTHER_CASEWORKER = "caseworker.bg.test";

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate tx;
  @Autowired TraffickingFigures figures;

  @BeforeEach
  void otherAgencyCaseworker() {
    if (!accounts.exists(OTHER_CASEWORKER)) {
      accounts.create(
          OTHER_CASEWORKER,
          "Border Guards TIP caseworker",
          AgencyCode.BORDER_GUARDS,
          "ACTIVE",
          "{noop}unused",
          Set.of(Role.TIP_CASEWORKER));
    }
  }

  // ---- helpers ----------------------------------------------------------------------------

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The identification form of a plausible case; overrides are name, value pairs (null drops). */
  MockHttpServletRequestBuilder identification(String givenName, String... overrides) {
    String yesterday = LocalDate.now().minusDays(1).toString();
    var params = new LinkedHashMap<String, String>();
    params.put("consent", "yes");
    params.put("consentDate", yesterday);
    params.put("identifiedOn", yesterday);
    params.put("givenName", givenName);
    params.put("familyName", "Тестова");
    params.put("birthDate", "1999-04-02");
    params.put("gender", "FEMALE");
    params.put("citizenship", "UZ");
    params.put("documentNumber", "AA" + Math.abs(givenName.hashCode()));
    params.put("contact", "+998 90 123 45 67");
    params.put("interviewPlace", "Shymkent, Migration Police office 3");
    params.put("notes", "Met at the bus station, " + givenName);
    params.put("answer.DEBT_BONDAGE", "YES");
    params.put("answer.FORCED_LABOUR", "YES");
    params.put("recruitmentDate", "2024-02-01");
    params.put("recruitmentCountry", "UZ");
    params.put("recruitmentPlace", "Tashkent " + givenName);
    params.put("exploitationDate", "2024-03-01");
    params.put("exploitationCountry", "KZ");
    params.put("exploitationPlace", "Almaty market");
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        params.remove(overrides[i]);
      } else {
        params.put(overrides[i], overrides[i + 1]);
      }
    }
    var request = post("/trafficking/cases").with(as.user(CASEWORKER)).with(csrf());
    params.forEach(request::param);
    return request;
  }

  long createCase(String givenName) throws Exception {
    String location =
        mvc.perform(identification(givenName))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/trafficking/cases/");
    return Long.parseLong(
        location.substring("/trafficking/cases/".length(), location.indexOf('?')));
  }

  long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM tip_case").query(Long.class).single();
  }

  // ---- access ---------------------------------------------------------------------------

  @Test
  void everyOtherRoleIsRefusedRecordsOnPagesApiAndExports() throws Exception {
    long id = createCase(unique("Access"));
    for (var demo : DemoAccounts.ALL) {
      if (demo.username().equals(CASEWORKER)) {
        continue;
      }
      String who = demo.username();
      for (String path :
          List.of(
              "/trafficking",
              "/trafficking/cases",
              "/trafficking/cases/" + id,
              "/trafficking/identify",
              "/api/trafficking/cases",
              "/api/trafficking/cases/" + id)) {
        mvc.perform(get(path).with(as.user(who)))
            .andExpect(status().isForbidden())
            .andExpect(content().string(not(containsString("Тестова"))));
      }
      mvc.perform(identification(unique("Refused")).with(as.user(who)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/trafficking/cases")
                  .with(as.user(who))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"agreementToManagePersonalData\":true}"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/trafficking/cases/" + id + "/referrals")
                  .with(as.user(who))
                  .with(csrf())
                  .param("service", "SHELTER"))
          .andExpect(status().isForbidden());
      boolean programOffice =
          demo.roles().contains(Role.PROGRAM_MANAGER) || demo.roles().contains(Role.PARTNER);
      var statistics = programOffice ? status().isOk() : status().isForbidden();
      mvc.perform(get("/trafficking/statistics").with(as.user(who))).andExpect(statistics);
      mvc.perform(get("/trafficking/statistics/export").param("format", "csv").with(as.user(who)))
          .andExpect(statistics);
      mvc.perform(get("/api/trafficking/statistics").with(as.user(who))).andExpect(statistics);
      mvc.perform(get("/api/trafficking/statistics/by-year").with(as.user(who)))
          .andExpect(statistics);
    }
    mvc.perform(get("/trafficking/cases/" + id)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/trafficking/cases/" + id)).andExpect(status().isUnauthorized());
  }

  @Test
  void aCaseworkerOfAnotherAgencyCannotFindTheCase() throws Exception {
    String name = unique("Agency");
    long id = createCase(name);
    String reference =
        jdbc.sql("SELECT reference FROM tip_case WHERE id = ?")
            .param(id)
            .query(String.class)
            .single();
    mvc.perform(get("/trafficking/cases").param("all", "true").with(as.user(OTHER_CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(reference))));
    mvc.perform(get("/trafficking/cases/" + id).with(as.user(OTHER_CASEWORKER)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString(name))));
    mvc.perform(get("/api/trafficking/cases/" + id).with(as.user(OTHER_CASEWORKER)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/trafficking/cases").with(as.user(OTHER_CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(reference))));
    mvc.perform(
            post("/trafficking/cases/" + id + "/referrals")
                .with(as.user(OTHER_CASEWORKER))
                .with(csrf())
                .param("service", "SHELTER")
                .param("referredOn", LocalDate.now().minusDays(1).toString()))
        .andExpect(status().isNotFound());
    long referrals =
        jdbc.sql("SELECT COUNT(*) FROM tip_referral WHERE case_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    assertThat(referrals).isZero();
    long refusals =
        jdbc.sql(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'TIP_CASE_REFUSED' AND target_id = ? AND actor = ?")
            .params(Long.toString(id), OTHER_CASEWORKER)
            .query(Long.class)
            .single();
    assertThat(refusals).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyViewIsAudited() throws Exception {
    String name = unique("Audit");
    long id = createCase(name);
    long before = views(id);
    mvc.perform(get("/trafficking/cases/" + id).with(as.user(CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
    mvc.perform(get("/api/trafficking/cases/" + id).with(as.user(CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.givenName").value(name));
    assertThat(views(id)).isEqualTo(before + 2);
  }

  private long views(long id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM idn_audit WHERE action = 'TIP_CASE_VIEWED' AND target_id = ? AND actor = ?")
        .params(Long.toString(id), CASEWORKER)
        .query(Long.class)
        .single();
  }

  @Test
  void aRefusedChangeSavesNothingAndTheCasePageListsEveryProblem() throws Exception {
    long id = createCase(unique("Refused"));
    var refused =
        mvc.perform(
                post("/trafficking/cases/" + id + "/referrals")
                    .with(as.user(CASEWORKER))
                    .with(csrf())
                    .param("service", "NO_SUCH_SERVICE")
                    .param("referredOn", "2020-02-31"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeCount(3))
            .andReturn();
    List<?> problems = (List<?>) refused.getFlashMap().get("errorList");
    assertThat(problems).hasSize(2);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tip_referral WHERE case_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(
            get("/trafficking/cases/" + id)
                .with(as.user(CASEWORKER))
                .flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Nothing was saved. Please correct the following:")))
        .andExpect(
            content()
                .string(containsString(HtmlUtils.htmlEscape(String.valueOf(problems.get(1))))));
  }

  // ---- encryption -----------------------------------------------------------------------

  @Test
  void personalFieldsAreOnlyCiphertextInTheDatabase() throws Exception {
    String name = unique("Гүлнара");
    long id = createCase(name);
    mvc.perform(
            post("/trafficking/cases/" + id + "/referrals")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("service", "SHELTER")
                .param("provider", "Crisis centre " + name)
                .param("referredOn", LocalDate.now().minusDays(1).toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/trafficking/cases/" + id + "/links")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("kind", "SUSPECT")
                .param("reference", "Suspect " + name))
        .andExpect(status().is3xxRedirection());

    var stored = new ArrayList<Object>();
    stored.addAll(
        jdbc.sql("SELECT * FROM tip_case WHERE id = ?").param(id).query().singleRow().values());
    jdbc.sql("SELECT * FROM tip_event WHERE case_id = ?")
        .param(id)
        .query()
        .listOfRows()
        .forEach(r -> stored.addAll(r.values()));
    jdbc.sql("SELECT * FROM tip_referral WHERE case_id = ?")
        .param(id)
        .query()
        .listOfRows()
        .forEach(r -> stored.addAll(r.values()));
    jdbc.sql("SELECT * FROM tip_link WHERE case_id = ?")
        .param(id)
        .query()
        .listOfRows()
        .forEach(r -> stored.addAll(r.values()));
    assertThat(stored).isNotEmpty();
    for (Object value : stored) {
      String text = String.valueOf(value);
      assertThat(text)
          .doesNotContain(name)
          .doesNotContain("Тестова")
          .doesNotContain("1999-04-02")
          .doesNotContain("+998")
          .doesNotContain("Shymkent")
          .doesNotContain("bus station")
          .doesNotContain("Tashkent");
    }
    var row = jdbc.sql("SELECT * FROM tip_case WHERE id = ?").param(id).query().singleRow();
    for (String column : KeyRotation.ENCRYPTED.get("tip_case")) {
      assertThat((String) row.get(column)).as(column).startsWith("v1:demo:");
    }
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM tip_case WHERE given_name_enc LIKE ? OR family_name_enc LIKE ?")
                .params("%" + name + "%", "%Тестова%")
                .query(Long.class)
                .single())
        .isZero();
    // ... yet the caseworker reads them in clear.
    mvc.perform(get("/trafficking/cases/" + id).with(as.user(CASEWORKER)))
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("Crisis centre " + name)))
        .andExpect(content().string(containsString("Suspect " + name)));
  }

  @Test
  void keysRotateForOneCaseAndForEverything() throws Exception {
    String name = unique("Rotation");
    long id = createCase(name);
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    var ring =
        Map.of("demo", Keyring.DEMO_KEY_BASE64, "k2026", Base64.getEncoder().encodeToString(raw));
    var forward = new FieldCipher(Keyring.from(new TraffickingKeySettings("k2026", ring)));
    var back = new FieldCipher(Keyring.from(new TraffickingKeySettings("demo", ring)));
    var rotateForward = new KeyRotation(jdbc, forward, tx);
    var rotateBack = new KeyRotation(jdbc, back, tx);
    try {
      // Lazily, one case: only its rows move to the new key.
      int changed = tx.execute(s -> rotateForward.rekeyCase(new VictimCaseId(id)));
      assertThat(changed).isGreaterThanOrEqualTo(9);
      assertThat(givenNameCipher(id)).startsWith("v1:k2026:");
      assertThat(
              forward.decrypt(givenNameCipher(id), Cases.context("tip_case", "given_name_enc", id)))
          .isEqualTo(name);
      assertThat(rotateBack.staleFields()).isEqualTo(changed);

      // Everything, by the command's code path.
      var result = rotateForward.rekeyAll();
      assertThat(result.reencrypted()).isPositive();
      assertThat(rotateForward.staleFields()).isZero();
      long oldKey =
          jdbc.sql("SELECT COUNT(*) FROM tip_case WHERE given_name_enc LIKE 'v1:demo:%'")
              .query(Long.class)
              .single();
      assertThat(oldKey).isZero();
    } finally {
      rotateBack.rekeyAll();
    }
    assertThat(rotateBack.staleFields()).isZero();
    mvc.perform(get("/trafficking/cases/" + id).with(as.user(CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
  }

  private String givenNameCipher(long id) {
    return jdbc.sql("SELECT given_name_enc FROM tip_case WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  // ---- consent and dates ------------------------------------------------------------------

  @Test
  void nothingIsStoredWithoutConsent() throws Exception {
    long before = caseCount();
    mvc.perform(identification(unique("NoConsent"), "consent", null))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("consent to the processing of their data is required")));
    mvc.perform(
            post("/api/trafficking/cases")
                .with(as.user(CASEWORKER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"agreementToManagePersonalData": false, "consentDate": "2025-01-01",
                     "identifiedOn": "2025-01-02", "firstName": "Nobody", "gender": "MALE"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consent"));
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void countriesAreReadInAnyFormStoredAsAlpha3AndShownByName() throws Exception {
    long id =
        createCaseWith(
            unique("Country"),
            "citizenship",
            "Узбекистан",
            "recruitmentCountry",
            "uz",
            "exploitationCountry",
            "Қазақстан");
    assertThat(
            jdbc.sql("SELECT citizenship FROM tip_case WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("UZB");
    assertThat(
            jdbc.sql("SELECT country FROM tip_event WHERE case_id = ? ORDER BY event_date")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("UZB", "KAZ");
    mvc.perform(get("/trafficking/cases/" + id).param("lang", "ru").with(as.user(CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Узбекистан")))
        .andExpect(content().string(containsString("Казахстан")))
        .andExpect(content().string(containsString("list=\"country-codes\"")));
    mvc.perform(get("/trafficking/cases/" + id).param("lang", "kk").with(as.user(CASEWORKER)))
        .andExpect(content().string(containsString("Өзбекстан")));
    // An event added on the case page takes a code in any form too.
    mvc.perform(
            post("/trafficking/cases/" + id + "/events")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("kind", "TRANSIT")
                .param("date", "2024-02-15")
                .param("country", "KGZ — Kyrgyzstan"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT country FROM tip_event WHERE case_id = ? AND kind = 'TRANSIT'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("KGZ");
    // A name that is no country is refused with the words typed, and nothing is stored.
    long before = caseCount();
    mvc.perform(identification(unique("Country"), "citizenship", "Narnia"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Narnia")));
    assertThat(caseCount()).isEqualTo(before);
    // CTDC statistics still write ISO alpha-2.
    String csv =
        mvc.perform(
                get("/trafficking/statistics/export")
                    .param("rows", "citizenship")
                    .param("format", "csv")
                    .with(as.user("partner.iom")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).containsPattern("(?m)^UZ,").doesNotContain("UZB");
    // The page names them in the reader's language.
    mvc.perform(
            get("/trafficking/statistics")
                .param("rows", "citizenship")
                .param("lang", "ru")
                .with(as.user("partner.iom")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<td>Узбекистан</td>")));
    // and the vocabulary's values too, while the export keeps the vocabulary's codes.
    mvc.perform(
            get("/trafficking/statistics")
                .param("rows", "majorityStatus")
                .param("columns", "gender")
                .param("lang", "ru")
                .with(as.user("partner.iom")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(anyOf(containsString(">Женский</th>"), containsString(">Мужской</th>"))))
        .andExpect(
            content()
                .string(
                    anyOf(
                        containsString(">Взрослый</td>"),
                        containsString(">Несовершеннолетний</td>"))))
        .andExpect(
            content()
                .string(
                    not(
                        anyOf(
                            containsString(">Female</th>"),
                            containsString(">Male</th>"),
                            containsString(">Adult</td>"),
                            containsString(">Minor</td>"),
                            containsString(">Unknown<")))));
  }

  private long createCaseWith(String givenName, String... overrides) throws Exception {
    String location =
        mvc.perform(identification(givenName, overrides))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(
        location.substring("/trafficking/cases/".length(), location.indexOf('?')));
  }

  @Test
  void invalidDatesAreRefusedWithClearMessages() throws Exception {
    long before = caseCount();
    String future = LocalDate.now().plusDays(30).toString();
    mvc.perform(
            identification(unique("Dates"), "birthDate", future, "exploitationDate", "2024-01-15"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("The date of birth " + future + " is in the future.")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "The exploitation date 2024-01-15 is before the recruitment on 2024-02-01.")));
    mvc.perform(identification(unique("Dates"), "identifiedOn", "15.03.2024"))
        .andExpect(
            content()
                .string(containsString("15.03.2024&quot; is not a date (expected year-month-day")));
    mvc.perform(
            post("/api/trafficking/cases")
                .with(as.user(CASEWORKER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"agreementToManagePersonalData": true, "consentDate": "2025-01-01",
                     "identifiedOn": "2025-01-02", "firstName": "Dates", "gender": "MALE",
                     "events": [{"kind": "RECRUITMENT", "date": "2024-05-01"},
                                {"kind": "EXPLOITATION", "date": "2024-04-01", "country": "XX"}]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("events[1].date"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("The exploitation date 2024-04-01 is before the recruitment on 2024-05-01."))
        .andExpect(jsonPath("$.errors[1].field").value("events[1].country"));
    assertThat(caseCount()).isEqualTo(before);
    // In Russian, for a Russian-speaking officer.
    mvc.perform(identification(unique("Dates"), "birthDate", future, "lang", "ru"))
        .andExpect(
            content().string(containsString("Дата рождения " + future + " находится в будущем.")));
  }

  @Test
  void referralsHaveAStatusHistoryAndShowOnTheHomePage() throws Exception {
    long id = createCase(unique("Referral"));
    String reference =
        jdbc.sql("SELECT reference FROM tip_case WHERE id = ?")
            .param(id)
            .query(String.class)
            .single();
    mvc.perform(
            post("/trafficking/cases/" + id + "/referrals")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("service", "MEDICAL")
                .param("referredOn", LocalDate.now().minusYears(5).toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tip_referral WHERE case_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(
            post("/trafficking/cases/" + id + "/referrals")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("service", "MEDICAL")
                .param("referredOn", LocalDate.now().minusDays(1).toString()))
        .andExpect(status().is3xxRedirection());
    long referral =
        jdbc.sql("SELECT id FROM tip_referral WHERE case_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    mvc.perform(get("/home").with(as.user(CASEWORKER)))
        .andExpect(content().string(containsString(reference)));
    mvc.perform(
            post("/trafficking/referrals/" + referral + "/status")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("status", "COMPLETED")
                .param("note", "Discharged"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/home").with(as.user(CASEWORKER)))
        .andExpect(content().string(not(containsString(reference))));
    List<String> history =
        jdbc.sql("SELECT status FROM tip_referral_status WHERE referral_id = ? ORDER BY id")
            .param(referral)
            .query(String.class)
            .list();
    assertThat(history).containsExactly("REQUESTED", "COMPLETED");
  }

  @Test
  void withdrawingConsentErasesPersonalDataButKeepsTheCount() throws Exception {
    String name = unique("Withdraw");
    long id = createCase(name);
    mvc.perform(
            post("/trafficking/cases/" + id + "/consent-withdrawal")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("confirm", "on"))
        .andExpect(status().is3xxRedirection());
    var row = jdbc.sql("SELECT * FROM tip_case WHERE id = ?").param(id).query().singleRow();
    for (String column : KeyRotation.ENCRYPTED.get("tip_case")) {
      assertThat(row.get(column)).as(column).isNull();
    }
    assertThat(row.get("gender")).isEqualTo("FEMALE");
    mvc.perform(get("/trafficking/cases/" + id).with(as.user(CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(name))));
    mvc.perform(
            post("/trafficking/cases/" + id + "/referrals")
                .with(as.user(CASEWORKER))
                .with(csrf())
                .param("service", "LEGAL")
                .param("referredOn", LocalDate.now().minusDays(1).toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tip_referral WHERE case_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  // ---- statistics -------------------------------------------------------------------------

  @Test
  void statisticsSuppressSmallCellsAndTheirComplements() throws Exception {
    String csv =
        mvc.perform(
                get("/trafficking/statistics/export")
                    .param("rows", "citizenship")
                    .param("columns", "gender")
                    .param("format", "csv")
                    .with(as.user("partner.iom")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.replace("\uFEFF", "")))
            .getRecords();
    assertThat(records).hasSizeGreaterThan(2);
    boolean sawSuppressed = false;
    boolean sawPublished = false;
    for (CSVRecord r : records) {
      int hiddenInRow = 0;
      for (int i = 1; i < r.size(); i++) {
        String cell = r.get(i);
        if (cell.equals(StatisticsPages.SUPPRESSED)) {
          hiddenInRow++;
          sawSuppressed = true;
        } else {
          int n = Integer.parseInt(cell);
          assertThat(n == 0 || n >= AnonymisedCount.THRESHOLD)
              .as("cell %s in %s", cell, r)
              .isTrue();
          sawPublished |= n >= AnonymisedCount.THRESHOLD;
        }
      }
      assertThat(hiddenInRow)
          .as("a row with one hidden cell could be solved: %s", r)
          .isNotEqualTo(1);
    }
    assertThat(sawSuppressed).isTrue();
    assertThat(sawPublished).isTrue();
    for (String name : List.of("Aigul", "Rustam", "Тестова", "Illustrative")) {
      assertThat(csv).doesNotContain(name);
    }
    long exports =
        jdbc.sql(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'TIP_STATISTICS_EXPORTED' AND actor = 'partner.iom'")
            .query(Long.class)
            .single();
    assertThat(exports).isPositive();

    mvc.perform(
            get("/api/trafficking/statistics")
                .param("rows", "meansOfControl")
                .param("columns", "typeOfExploitation")
                .with(as.user("pm.inl")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/trafficking/statistics").param("rows", "name").with(as.user("pm.inl")))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/trafficking/statistics")
                .param("rows", "gender")
                .param("columns", "yearOfRegistration")
                .with(as.user("pm.inl")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("suppressed")));
  }

  @Test
  void yearlyFiguresForTheResultsFrameworkAreSuppressedToo() {
    var years = figures.byYear();
    assertThat(years).extracting(y -> y.year()).contains(2023, 2024, 2025, 2026);
    for (var y : years) {
      for (var count : List.of(y.identified(), y.referred())) {
        assertThat(
                count.isSuppressed()
                    || count.value() == 0
                    || count.value() >= AnonymisedCount.THRESHOLD)
            .isTrue();
      }
    }
    assertThat(years).anyMatch(y -> !y.identified().isSuppressed());
  }
}
