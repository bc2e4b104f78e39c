package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kuzet.workspace.SearchFixtures.inspection;
import static org.kuzet.workspace.SearchFixtures.postId;
import static org.kuzet.workspace.SearchFixtures.uniquePlate;
import static org.kuzet.workspace.SearchFixtures.uniqueSurname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The one search box and the person page on a real database: script-tolerant names, each module's
 * records shown only to the users its rules allow, refusal, audit.
 */
abstract class SearchChecks {

  static final String CDC_POST = "CP-M39-MERKE";

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  ResultActions search(String user, String q) throws Exception {
    return mvc.perform(get("/search").param("q", q).with(as.user(user))).andExpect(status().isOk());
  }

  void logAtCdc(String plate, String driver, String born) throws Exception {
    mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, driver, born))
        .andExpect(redirectedUrlPattern("/interdiction/inspections/*"));
  }

  // ---- script tolerance ----------------------------------------------------------------------

  @Test
  void aNameEnteredInCyrillicIsFoundByALatinQuery() throws Exception {
    var s = uniqueSurname("Серикбаев", "Serikbayev");
    logAtCdc(uniquePlate(), s.cyrillic() + " Нурлан", "1979-03-14");
    search("analyst.cdc", "Nurlan " + s.latin())
        .andExpect(content().string(containsString("id=\"kind-PERSON\"")))
        .andExpect(content().string(containsString(s.cyrillic() + " Нурлан")))
        .andExpect(content().string(containsString("1979-03-14")));
    // one part alone, in another transliteration (ye for е), is enough
    search("analyst.cdc", s.latin().replace("yev", "ev").toUpperCase())
        .andExpect(content().string(containsString(s.cyrillic() + " Нурлан")));
  }

  @Test
  void aNameEnteredInLatinIsFoundByACyrillicQuery() throws Exception {
    var s = uniqueSurname("Жумаба", "Zhumaba");
    logAtCdc(uniquePlate(), s.latin().toUpperCase() + " ASKAR", "1985-06-01");
    search("officer.cdc", "Аскар " + s.cyrillic())
        .andExpect(content().string(containsString(s.latin().toUpperCase() + " ASKAR")));
    // Kazakh 2021 Latin writes ж as j: the engine's keys join it to zh
    search("officer.cdc", s.latin().replace("Zh", "J").replace("zh", "j"))
        .andExpect(content().string(containsString(s.latin().toUpperCase() + " ASKAR")));
  }

  // ---- interdiction: the posts of the user's agency only ------------------------------------

  @Test
  void inspectionsAndVehiclesAreHiddenFromOtherAgenciesAndRoles() throws Exception {
    var s = uniqueSurname("Каира", "Kaira");
    String plate = uniquePlate();
    logAtCdc(plate, s.cyrillic() + " Ерлан", "1990-01-02");
    String spaced = plate.substring(0, 3) + " " + plate.substring(3, 6) + " " + plate.substring(6);
    search("analyst.cdc", spaced)
        .andExpect(content().string(containsString("id=\"kind-VEHICLE\"")))
        .andExpect(content().string(containsString(plate)))
        .andExpect(content().string(containsString("country Kazakhstan;")));
    // The plate's country by name, in the reader's language.
    mvc.perform(get("/search").param("q", plate).param("lang", "ru").with(as.user("analyst.cdc")))
        .andExpect(content().string(containsString("страна Казахстан;")))
        .andExpect(content().string(not(containsString("страна KAZ"))));
    mvc.perform(get("/search").param("q", plate).param("lang", "kk").with(as.user("analyst.cdc")))
        .andExpect(content().string(containsString("елі Қазақстан;")));
    for (String other :
        new String[] {
          "guard.bg", "analyst.bg", "investigator.fp", "pm.inl", "caseworker.mp", "admin"
        }) {
      search(other, s.latin()).andExpect(content().string(not(containsString(s.cyrillic()))));
      search(other, plate).andExpect(content().string(not(containsString("kind-VEHICLE"))));
    }
  }

  @Test
  void seizuresAreFoundByPlateAndArrestedNameAndHiddenFromOtherAgencies() throws Exception {
    var s = uniqueSurname("Нурмаха", "Nurmakha");
    String plate = uniquePlate();
    String location =
        mvc.perform(
                inspection(
                    postId(jdbc, CDC_POST),
                    as.user("officer.cdc"),
                    plate,
                    "Бекмуханов Ерболат",
                    "1979-03-14"))
            .andExpect(redirectedUrlPattern("/interdiction/inspections/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String inspectionId = location.replaceAll("\\D+", "");
    String seizure =
        mvc.perform(
                post("/interdiction/seizures")
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("postId", Long.toString(postId(jdbc, CDC_POST)))
                    .param("inspectionId", inspectionId)
                    .param("seizedAt", SearchFixtures.now())
                    .param("drugType", "HEROIN")
                    .param("quantity", "12.5")
                    .param("unit", "KG")
                    .param("concealment", "false floor")
                    .param("transportMode", "ROAD")
                    .param("conveyance", "truck")
                    .param("place", "Merke")
                    .param("originCountry", "AF")
                    .param("originBasis", "ESTABLISHED")
                    .param("arrestName", s.cyrillic() + " Бауыржан")
                    .param("arrestNationality", "KAZ")
                    .param("arrestGender", "M"))
            .andExpect(redirectedUrlPattern("/interdiction/seizures/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    search("analyst.cdc", plate)
        .andExpect(content().string(containsString("id=\"kind-SEIZURE\"")))
        .andExpect(content().string(containsString(seizure)));
    search("officer.cdc", "Bauyrzhan " + s.latin())
        .andExpect(content().string(containsString(seizure)));
    for (String other :
        new String[] {"guard.bg", "analyst.bg", "investigator.fp", "pm.inl", "admin"}) {
      search(other, plate).andExpect(content().string(not(containsString(seizure))));
      search(other, s.latin()).andExpect(content().string(not(containsString(seizure))));
    }
  }

  @Test
  void lookoutsAreShownOnlyWhereTheyMayBeSeen() throws Exception {
    var s = uniqueSurname("Тулеге", "Tulege");
    String name = s.cyrillic() + " Марат";
    long bgPost = postId(jdbc, "BCP-KORDAY");
    mvc.perform(
            post("/interdiction/lookouts")
                .with(as.user("analyst.bg"))
                .with(csrf())
                .param("subject", "PERSON")
                .param("personName", name)
                .param("reason", "courier")
                .param("scope", "POSTS")
                .param("postIds", Long.toString(bgPost))
                .param("expires", LocalDate.now().plusDays(5).toString()))
        .andExpect(redirectedUrlPattern("/interdiction/lookouts/*"));
    search("guard.bg", "marat " + s.latin())
        .andExpect(content().string(containsString("id=\"kind-LOOKOUT\"")))
        .andExpect(content().string(containsString(name)));
    search("analyst.cdc", s.latin()).andExpect(content().string(not(containsString(name))));
    search("investigator.fp", s.latin()).andExpect(content().string(not(containsString(name))));
  }

  // ---- financial intelligence: the owning agency's investigators only --------------------------

  /** A party (with an account) named as the subject of a case of the agency; the case's id. */
  long financialCase(String agency, String party, String born, String accountNo, String title) {
    jdbc.sql(
            "INSERT INTO fin_party (agency_code, kind, name, birth_date, natural_key) VALUES (?, 'PERSON', ?, ?, ?)")
        .params(agency, party, LocalDate.parse(born), "search-" + accountNo)
        .update();
    long partyId =
        jdbc.sql("SELECT id FROM fin_party WHERE natural_key = ?")
            .param("search-" + accountNo)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO fin_account (agency_code, bank_code, account_no, holder_party_id) VALUES (?, 'HSBKKZKX', ?, ?)")
        .params(agency, accountNo, partyId)
        .update();
    long accountId =
        jdbc.sql("SELECT id FROM fin_account WHERE account_no = ?")
            .param(accountNo)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO fin_case (agency_code, title, status, created_by, created_at) VALUES (?, ?, 'OPEN', 'test', CURRENT_TIMESTAMP)")
        .params(agency, title)
        .update();
    long caseId =
        jdbc.sql("SELECT id FROM fin_case WHERE title = ?").param(title).query(Long.class).single();
    jdbc.sql("INSERT INTO fin_case_subject (case_id, account_id) VALUES (?, ?)")
        .params(caseId, accountId)
        .update();
    return caseId;
  }

  @Test
  void financialRecordsAreShownToTheOwningAgencysInvestigatorsOnly() throws Exception {
    var s = uniqueSurname("Омарба", "Omarba");
    String account = "KZ" + s.latin().length() + System.nanoTime() % 1_000_000_000L;
    long caseId =
        financialCase(
            "FINANCIAL_POLICE",
            s.latin().toUpperCase() + " DANIYAR",
            "1975-05-05",
            account,
            "Cash couriers " + s.latin());
    search("investigator.fp", "Данияр " + s.cyrillic())
        .andExpect(content().string(containsString(s.latin().toUpperCase() + " DANIYAR")))
        .andExpect(content().string(containsString("id=\"kind-CASE\"")))
        .andExpect(content().string(containsString("/finintel/cases/" + caseId)));
    search("investigator.fp", account)
        .andExpect(content().string(containsString("id=\"kind-ACCOUNT\"")))
        .andExpect(content().string(containsString("/finintel/cases/" + caseId)));
    for (String other :
        new String[] {"investigator.pgo", "analyst.cdc", "pm.inl", "admin", "caseworker.mp"}) {
      search(other, s.latin())
          .andExpect(content().string(not(containsString(s.latin().toUpperCase()))));
      search(other, account)
          .andExpect(content().string(not(containsString("/finintel/cases/" + caseId))));
    }
  }

  @Test
  void onePersonPageLinksANameAtACheckpointToAnAccountInACase() throws Exception {
    String both = "search-analyst-" + SearchFixtures.uniquePlate().toLowerCase();
    accounts.create(
        both,
        "Analyst and investigator",
        AgencyCode.DRUG_CONTROL_COMMITTEE,
        "ACTIVE",
        "{noop}unused",
        Set.of(Role.ANALYST, Role.FINANCIAL_INVESTIGATOR));
    var s = uniqueSurname("Касымо", "Kasymo");
    String plate = uniquePlate();
    logAtCdc(plate, s.cyrillic() + " Арман", "1988-08-08");
    String account = "KZ77" + System.nanoTime() % 1_000_000_000L;
    long caseId =
        financialCase(
            "CDC_MOI",
            "ARMAN " + s.latin().toUpperCase(),
            "1988-08-08",
            account,
            "Proceeds " + s.latin());
    search(both, s.latin() + " Arman")
        .andExpect(content().string(containsString("finintel, interdiction")));
    mvc.perform(
            get("/search/person")
                .param("name", s.cyrillic() + " Арман")
                .param("born", "1988-08-08")
                .with(as.user(both)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(plate)))
        .andExpect(content().string(containsString(account)))
        .andExpect(content().string(containsString("/finintel/cases/" + caseId)));
  }

  // ---- training: through the sessions the user may read
  // -------------------------------------------

  @Test
  void traineesAreShownThroughTheSessionsTheUserMayRead() throws Exception {
    var s = uniqueSurname("Исмаило", "Ismailo");
    String name = s.cyrillic() + " Гульмира";
    long session =
        jdbc.sql(
                "SELECT s.id FROM trn_session s JOIN trn_center c ON c.id = s.center_id "
                    + "WHERE c.hosting_agency = 'MOI_LEGAL_INSTITUTE' ORDER BY s.id")
            .query(Long.class)
            .list()
            .get(0);
    String serviceNumber = "S-" + System.nanoTime() % 1_000_000_000L;
    jdbc.sql(
            "INSERT INTO trn_trainee (agency_code, service_number, full_name, gender) VALUES ('MIGRATION_POLICE', ?, ?, 'F')")
        .params(serviceNumber, name)
        .update();
    long trainee =
        jdbc.sql("SELECT id FROM trn_trainee WHERE service_number = ?")
            .param(serviceNumber)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO trn_enrolment (session_id, trainee_id, nominated_by, status, queue_no, nominated_at) "
                + "VALUES (?, ?, 'MIGRATION_POLICE', 'ENROLLED', 1, CURRENT_TIMESTAMP)")
        .params(session, trainee)
        .update();
    for (String allowed : new String[] {"coordinator.li", "pm.inl"}) {
      search(allowed, "Gulmira " + s.latin())
          .andExpect(content().string(containsString("id=\"kind-TRAINEE\"")))
          .andExpect(content().string(containsString(name)));
    }
    search("coordinator.li", serviceNumber).andExpect(content().string(containsString(name)));
    for (String other :
        new String[] {"coordinator.fp", "officer.cdc", "caseworker.mp", "admin", "partner.unodc"}) {
      search(other, s.latin()).andExpect(content().string(not(containsString(name))));
    }
    mvc.perform(get("/search/person").param("name", name).with(as.user("coordinator.li")))
        .andExpect(content().string(containsString("id=\"section-search-section-trainings\"")));
  }

  // ---- watchlists: the roles that screen
  // -------------------------------------------------------------

  @Test
  void watchlistEntriesAreShownToTheRolesThatScreen() throws Exception {
    // KZN-002 of the demo national list, typed in Cyrillic
    for (String allowed : new String[] {"analyst.cdc", "investigator.fp", "guard.bg"}) {
      search(allowed, "Жаксылыков Ерлан")
          .andExpect(content().string(containsString("id=\"kind-WATCHLIST_ENTRY\"")))
          .andExpect(content().string(containsString("KZN-002")));
    }
    for (String other : new String[] {"pm.inl", "coordinator.li", "caseworker.mp", "partner.iom"}) {
      search(other, "Жаксылыков Ерлан").andExpect(content().string(not(containsString("KZN-002"))));
    }
  }

  // ---- program: managers and implementing partners
  // ---------------------------------------------------

  @Test
  void projectsAreShownToManagersAndImplementingPartnersOnly() throws Exception {
    for (String allowed : new String[] {"pm.inl", "partner.unodc"}) {
      search(allowed, "kz-cn-checkpoints")
          .andExpect(content().string(containsString("id=\"kind-DOCUMENT\"")))
          .andExpect(content().string(containsString("KZ-CN-CHECKPOINTS")));
    }
    search("pm.inl", "checkpoints")
        .andExpect(content().string(containsString("KZ-CN-CHECKPOINTS")));
    for (String other : new String[] {"partner.iom", "officer.cdc", "investigator.fp", "admin"}) {
      search(other, "KZ-CN-CHECKPOINTS")
          .andExpect(content().string(not(containsString("kind-DOCUMENT"))));
    }
  }

  // ---- trafficking: the owning agency's caseworkers, nobody else
  // -------------------------------------

  @Test
  void victimCasesAreShownOnlyToCaseworkersOfTheOwningAgency() throws Exception {
    if (!accounts.exists("caseworker.search")) {
      accounts.create(
          "caseworker.search",
          "Border Guards caseworker",
          AgencyCode.BORDER_GUARDS,
          "ACTIVE",
          "{noop}unused",
          Set.of(Role.TIP_CASEWORKER));
    }
    var s = uniqueSurname("Рахимо", "Rahimo");
    String yesterday = LocalDate.now().minusDays(1).toString();
    String location =
        mvc.perform(
                post("/trafficking/cases")
                    .with(as.user("caseworker.mp"))
                    .with(csrf())
                    .param("consent", "yes")
                    .param("consentDate", yesterday)
                    .param("identifiedOn", yesterday)
                    .param("givenName", "Зарина")
                    .param("familyName", s.cyrillic())
                    .param("birthDate", "1999-04-02")
                    .param("gender", "FEMALE")
                    .param("citizenship", "UZ")
                    .param("answer.DEBT_BONDAGE", "YES"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String caseLink =
        location.substring(
            0, location.indexOf('?') < 0 ? location.length() : location.indexOf('?'));
    assertThat(caseLink).startsWith("/trafficking/cases/");
    search("caseworker.mp", "Zarina " + s.latin().replace("Rahimo", "Rakhimo"))
        .andExpect(content().string(containsString("id=\"kind-CASE\"")))
        .andExpect(content().string(containsString(caseLink)));
    // the token table holds no name, only keyed tokens
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tip_search_token WHERE token LIKE ?")
                .param("%" + s.latin().toLowerCase() + "%")
                .query(Long.class)
                .single())
        .isZero();
    for (String other :
        new String[] {"caseworker.search", "admin", "pm.inl", "analyst.cdc", "partner.iom"}) {
      search(other, "Zarina " + s.latin())
          .andExpect(content().string(not(containsString(caseLink))));
      mvc.perform(
              get("/search/person").param("name", "Зарина " + s.cyrillic()).with(as.user(other)))
          .andExpect(content().string(not(containsString(caseLink))));
    }
    mvc.perform(
            get("/search/person")
                .param("name", "Зарина " + s.cyrillic())
                .param("born", "1999-04-02")
                .with(as.user("caseworker.mp")))
        .andExpect(content().string(containsString(caseLink)));
    // what a caseworker searched for or opened stays out of the audit log administrators read
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE actor = 'caseworker.mp' AND action IN ('SEARCH', 'PERSON_VIEWED') "
                        + "AND (LOWER(detail) LIKE ? OR LOWER(detail) LIKE ? OR LOWER(target_id) LIKE ?)")
                .params(
                    "%" + s.latin().toLowerCase() + "%",
                    "%" + s.cyrillic().toLowerCase() + "%",
                    "%zarina%")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE actor = 'caseworker.mp' AND action = 'PERSON_VIEWED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  // ---- the person page -------------------------------------------------------------------------

  @Test
  void thePersonPageShowsTheInspectionsOfOnePersonOnly() throws Exception {
    var s = uniqueSurname("Бекмуха", "Bekmukha");
    String plate = uniquePlate();
    String otherPlate = uniquePlate();
    logAtCdc(plate, s.cyrillic() + " Ерболат", "1979-03-14");
    logAtCdc(otherPlate, s.cyrillic() + " Ерболат", "2001-12-12"); // a namesake, born another day
    mvc.perform(
            get("/search/person")
                .param("name", "YERBOLAT " + s.latin().toUpperCase())
                .param("born", "1979-03-14")
                .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"section-search-section-inspections\"")))
        .andExpect(content().string(containsString(plate)))
        .andExpect(content().string(not(containsString(otherPlate))));
    // The vehicle's country and the document shown, by name and with its expiry, in the reader's
    // language.
    jdbc.sql(
            "UPDATE intd_person SET document_country = 'UZB', document_expiry = ? WHERE document_number = ?")
        .params(LocalDate.of(2030, 5, 31), "N" + plate)
        .update();
    mvc.perform(
            get("/search/person")
                .param("name", s.cyrillic() + " Ерболат")
                .param("born", "1979-03-14")
                .param("lang", "ru")
                .with(as.user("officer.cdc")))
        .andExpect(content().string(containsString("транспорт " + plate + " (Казахстан)")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Паспорт N" + plate + " (Узбекистан), действителен до 31.05.2030")));
    mvc.perform(
            get("/search/person")
                .param("name", s.cyrillic() + " Ерболат")
                .param("born", "1979-03-14")
                .param("lang", "kk")
                .with(as.user("officer.cdc")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Төлқұжат N" + plate + " (Өзбекстан), 31.05.2030 дейін жарамды")));
    mvc.perform(
            get("/search/person")
                .param("name", s.cyrillic() + " Ерболат")
                .param("born", "1979-03-14")
                .with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(plate))))
        .andExpect(content().string(containsString("id=\"person-nothing\"")));
  }

  @Test
  void badPersonPageInputIsRefusedWithTheReason() throws Exception {
    mvc.perform(
            get("/search/person")
                .param("name", "Someone")
                .param("born", "14.03.1979")
                .with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/search/person").param("name", "!!!").with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest());
    search("officer.cdc", "x".repeat(201))
        .andExpect(
            content()
                .string(
                    containsString(
                        "the search text has 201 characters; at most 200 are searched")));
  }

  // ---- refusal and audit
  // -------------------------------------------------------------------------

  @Test
  void anonymousSearchesAndPersonPagesAreRefused() throws Exception {
    mvc.perform(get("/search").param("q", "Karimov"))
        .andExpect(status().isUnauthorized())
        .andExpect(forwardedUrl("/login"));
    mvc.perform(get("/search/person").param("name", "Karimov Rustam"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void everySearchAndPersonPageIsAudited() throws Exception {
    var s = uniqueSurname("Аудито", "Audito");
    search("analyst.cdc", s.latin());
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE actor = 'analyst.cdc' AND action = 'SEARCH' AND detail LIKE ?")
                .param("%" + s.latin() + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            get("/search/person")
                .param("name", s.latin() + " Ivan")
                .param("born", "1970-01-01")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "SELECT target_id FROM idn_audit WHERE actor = 'analyst.cdc' AND action = 'PERSON_VIEWED' AND detail LIKE ?")
                .param("%" + s.latin() + "%")
                .query(String.class)
                .single())
        .endsWith("/1970-01-01");
  }
}
