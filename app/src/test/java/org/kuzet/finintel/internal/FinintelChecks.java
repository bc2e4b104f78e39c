package org.kuzet.finintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.goaml.GoAmlReader;
import org.kuzet.engine.finintel.goaml.GoAmlReport;
import org.kuzet.engine.finintel.goaml.GoAmlSchema;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.reports.CaseReports;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.testing.Notices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The workbench on a real database: imports (idempotent, rows rejected with their line), detection
 * into the alert queue, triage, case assembly, the exports, and who may see any of it (financial
 * investigators of the owning agency, nobody else).
 */
public abstract class FinintelChecks {

  public static final String FP = "investigator.fp";
  static final String PGO = "investigator.pgo";

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient db;
  @Autowired Accounts accounts;
  @Autowired Notices notices;
  @Autowired CaseReports reports;

  // ---- helpers -------------------------------------------------------------------------------

  long upload(String user, String name, byte[] content, String format) throws Exception {
    return upload(user, name, content, format, "");
  }

  long upload(String user, String name, byte[] content, String format, String mapping)
      throws Exception {
    return upload(user, name, content, format, mapping, "");
  }

  long upload(String user, String name, byte[] content, String format, String mapping, String zone)
      throws Exception {
    MvcResult r =
        mvc.perform(
                multipart("/api/finintel/imports")
                    .file(new MockMultipartFile("file", name, "text/csv", content))
                    .param("format", format)
                    .param("mapping", mapping)
                    .param("zone", zone)
                    .with(as.user(user)))
            .andExpect(status().isAccepted())
            .andReturn();
    return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
  }

  /** Polls the import until it has finished; the worker runs in the background. */
  Map<String, Object> awaitImport(String user, long id) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      String body =
          mvc.perform(get("/api/finintel/imports/" + id).with(as.user(user)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      Map<String, Object> v = JsonPath.read(body, "$");
      String s = (String) v.get("status");
      if (s.equals("DONE") || s.equals("FAILED") || s.equals("DUPLICATE")) {
        return v;
      }
      assertThat(System.currentTimeMillis())
          .as("import " + id + " still " + s)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  long number(Map<String, Object> v, String field) {
    return ((Number) v.get(field)).longValue();
  }

  long alertOf(long importId) {
    return db.sql("SELECT MIN(id) FROM fin_alert WHERE import_id = ?")
        .param(importId)
        .query(Long.class)
        .single();
  }

  long importedFanOut() throws Exception {
    long id = upload(FP, "fan-out.csv", FinintelFixtures.fanOut(FinintelFixtures.unique()), "ibm");
    var v = awaitImport(FP, id);
    assertThat(v.get("status")).isEqualTo("DONE");
    assertThat(number(v, "alertsAdded")).as("alerts from the fan-out").isPositive();
    return id;
  }

  long escalatedCase() throws Exception {
    long alert = alertOf(importedFanOut());
    String body =
        mvc.perform(
                post("/api/finintel/alerts/" + alert + "/escalate")
                    .param("title", "Fan-out case")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.caseId")).longValue();
  }

  // ---- imports -------------------------------------------------------------------------------

  @Test
  void importingTheSameFileTwiceAddsNothing() throws Exception {
    String p = FinintelFixtures.unique();
    byte[] file = FinintelFixtures.fanOut(p);
    var first = awaitImport(FP, upload(FP, "extract.csv", file, "ibm"));
    assertThat(first.get("status")).isEqualTo("DONE");
    assertThat(number(first, "rowsAdded")).isEqualTo(15);

    var again = awaitImport(FP, upload(FP, "extract-copy.csv", file, "ibm"));
    assertThat(again.get("status")).isEqualTo("DUPLICATE");
    assertThat(number(again, "rowsAdded")).isZero();

    // The same rows in another file (one more row, so another hash): only the new row is added.
    byte[] longer =
        (new String(file, StandardCharsets.UTF_8)
                + String.format(
                    "2024/03/06 11:00,T%s,SHOP%s,T%s,RENT%s,900.00,US Dollar,900.00,US Dollar,Wire%n",
                    p, p, p, p))
            .getBytes(StandardCharsets.UTF_8);
    var third = awaitImport(FP, upload(FP, "extract-longer.csv", longer, "ibm"));
    assertThat(third.get("status")).isEqualTo("DONE");
    assertThat(number(third, "rowsRead")).isEqualTo(16);
    assertThat(number(third, "rowsAdded")).isEqualTo(1);
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM fin_account WHERE agency_code = 'FINANCIAL_POLICE' AND account_no = ?")
                .param("HUB" + p)
                .query(Long.class)
                .single())
        .as("one account record across imports")
        .isEqualTo(1);
    assertThat(
            db.sql("SELECT COUNT(*) FROM fin_alert WHERE import_id = ?")
                .param(number(third, "id"))
                .query(Long.class)
                .single())
        .as("detection on the new import finds nothing new")
        .isZero();
  }

  @Test
  void csvImportsKeepBanksAccountsAndNamedHoldersAcrossImports() throws Exception {
    // AMLSim names accounts only: accounts and the bank are kept, no parties.
    String p = FinintelFixtures.unique();
    var first =
        awaitImport(FP, upload(FP, "amlsim.csv", FinintelFixtures.amlSim(p, false), "amlsim"));
    assertThat(first.get("status")).isEqualTo("DONE");
    assertThat(number(first, "partiesAdded")).isZero();
    assertThat(accountsLike("_" + p)).isEqualTo(3);
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM fin_bank WHERE agency_code = 'FINANCIAL_POLICE' AND code = 'AMLSIM'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var second =
        awaitImport(FP, upload(FP, "amlsim-more.csv", FinintelFixtures.amlSim(p, true), "amlsim"));
    assertThat(number(second, "rowsAdded")).isEqualTo(1);
    assertThat(accountsLike("_" + p)).as("the same accounts, not new ones").isEqualTo(3);

    // A generic CSV that maps holder-name columns: each named holder becomes one party record.
    String q = FinintelFixtures.unique();
    String payer = "Aliya " + FinintelFixtures.uniqueSurname();
    String payee = FinintelFixtures.uniqueSurname() + " Trade LLP";
    byte[] file = FinintelFixtures.withHolders(q, payer, payee);
    var named =
        awaitImport(FP, upload(FP, "named.csv", file, "csv", FinintelFixtures.HOLDER_MAPPING));
    assertThat(named.get("status")).isEqualTo("DONE");
    assertThat(number(named, "rowsAdded")).isEqualTo(3);
    assertThat(number(named, "partiesAdded")).isEqualTo(2);
    assertThat(holderOf("KZ" + q + "01")).isEqualTo(payer);
    assertThat(holderOf("KZ" + q + "02")).isEqualTo(payee);
    assertThat(holderOf("KZ" + q + "03")).as("a row without a name names no holder").isNull();
    assertThat(
            db.sql("SELECT kind FROM fin_party WHERE agency_code = 'FINANCIAL_POLICE' AND name = ?")
                .param(payee)
                .query(String.class)
                .single())
        .isEqualTo("HOLDER");
    // The same holders in another file with one more row: no new parties, no new accounts.
    byte[] longer =
        (new String(file, StandardCharsets.UTF_8)
                + "2024-05-04T08:00:00Z,KZ"
                + q
                + "03,,KZ"
                + q
                + "01,"
                + payer
                + ",300.00,KZT\n")
            .getBytes(StandardCharsets.UTF_8);
    var again =
        awaitImport(
            FP, upload(FP, "named-longer.csv", longer, "csv", FinintelFixtures.HOLDER_MAPPING));
    assertThat(number(again, "rowsAdded")).isEqualTo(1);
    assertThat(number(again, "partiesAdded")).isZero();
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM fin_party WHERE agency_code = 'FINANCIAL_POLICE' AND name IN (?, ?)")
                .params(payer, payee)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(accountsLike("KZ" + q + "%")).isEqualTo(3);
  }

  /**
   * Files name countries in ISO alpha-2; the ledger stores alpha-3 like every other module, and the
   * goAML report, which wants alpha-2, still gets two letters that its schema accepts.
   */
  @Test
  void countriesAreStoredAsAlpha3AndWrittenToGoAmlAsAlpha2() throws Exception {
    String q = FinintelFixtures.unique();
    byte[] file =
        ("date,payer_iban,payee_iban,amount,currency,from_cc,to_cc\n"
                + "2024-06-02T09:00:00Z,KZ"
                + q
                + "01,AE"
                + q
                + "02,1500.00,KZT,kz,AE\n"
                + "2024-06-02T10:00:00Z,KZ"
                + q
                + "01,KZ"
                + q
                + "03,700.00,KZT,KZ,\n")
            .getBytes(StandardCharsets.UTF_8);
    String mapping =
        "timestamp=date,from_account=payer_iban,to_account=payee_iban,amount_paid=amount,"
            + "payment_currency=currency,from_country=from_cc,to_country=to_cc";
    long importId = upload(FP, "countries.csv", file, "csv", mapping);
    assertThat(awaitImport(FP, importId).get("status")).isEqualTo("DONE");
    List<String> stored =
        db.sql(
                "SELECT from_country || '>' || COALESCE(to_country, '-') FROM fin_transaction"
                    + " WHERE import_id = ? ORDER BY at")
            .param(importId)
            .query(String.class)
            .list();
    assertThat(stored).containsExactly("KAZ>ARE", "KAZ>-");

    String body =
        mvc.perform(
                post("/api/finintel/cases")
                    .contentType("application/json")
                    .content("{\"title\": \"Countries " + q + "\"}")
                    .with(as.user(FP)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long caseId = ((Number) JsonPath.read(body, "$.id")).longValue();
    db.sql(
            "INSERT INTO fin_case_transaction (case_id, transaction_id) SELECT ?, id FROM fin_transaction WHERE import_id = ?")
        .params(caseId, importId)
        .update();
    String xml =
        mvc.perform(get("/finintel/cases/" + caseId + "/str.xml").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<from_country>KZ</from_country>", "<to_country>AE</to_country>")
        .doesNotContain(">KAZ<", ">ARE<");
    GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
  }

  long accountsLike(String pattern) {
    String like = pattern.startsWith("_") ? "%" + pattern.substring(1) : pattern;
    return db.sql(
            "SELECT COUNT(*) FROM fin_account WHERE agency_code = 'FINANCIAL_POLICE' AND account_no LIKE ?")
        .param(like)
        .query(Long.class)
        .single();
  }

  String holderOf(String accountNo) {
    return db.sql(
            "SELECT p.name FROM fin_account a LEFT JOIN fin_party p ON p.id = a.holder_party_id"
                + " WHERE a.agency_code = 'FINANCIAL_POLICE' AND a.account_no = ?")
        .param(accountNo)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }

  // ---- watchlist screening -------------------------------------------------------------------

  @Test
  void aWatchlistHitOnAnImportedHolderBecomesAnAlertAndActivationFilesOnlyNewHits()
      throws Exception {
    String list = "FIN-" + FinintelFixtures.unique();
    String a = FinintelFixtures.uniqueSurname();
    String b = FinintelFixtures.uniqueSurname();
    activate(uploadList(list, FinintelFixtures.watchlist("W1," + a + " Zhanibek,,,,")));

    String p = FinintelFixtures.unique();
    long importId =
        upload(
            FP,
            "holders.csv",
            FinintelFixtures.withHolders(p, a + " Zhanibek", b + " Oralbek"),
            "csv",
            FinintelFixtures.HOLDER_MAPPING);
    var v = awaitImport(FP, importId);
    assertThat(v.get("status")).isEqualTo("DONE");
    long partyA = partyNamed(a + " Zhanibek");
    long partyB = partyNamed(b + " Oralbek");
    // The import screened its new parties: A is on the list, B is not.
    assertThat(watchlistAlerts(partyA)).isEqualTo(1);
    assertThat(watchlistAlerts(partyB)).isZero();
    long alert =
        db.sql("SELECT id FROM fin_alert WHERE party_id = ? AND typology = ?")
            .params(partyA, Alerts.WATCHLIST)
            .query(Long.class)
            .single();
    String json =
        mvc.perform(get("/api/finintel/alerts/" + alert).with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reason = JsonPath.read(json, "$.alert.reason");
    assertThat(reason)
        .contains(a + " Zhanibek")
        .contains(list)
        .contains("W1")
        .contains("matched name");
    assertThat(
            db.sql("SELECT list_versions FROM fin_alert WHERE id = ?")
                .param(alert)
                .query(String.class)
                .single())
        .contains(list + "=");
    assertThat(
            db.sql("SELECT COUNT(*) FROM fin_alert_account WHERE alert_id = ?")
                .param(alert)
                .query(Long.class)
                .single())
        .as("the holder's account is the alert's evidence")
        .isEqualTo(1);
    assertThat(
            db.sql("SELECT COUNT(*) FROM fin_alert_transaction WHERE alert_id = ?")
                .param(alert)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    mvc.perform(get("/finintel/alerts/" + alert).with(as.user(FP)).locale(Locale.ENGLISH))
        .andExpect(status().isOk())
        .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("W1")));
    // The hit reaches the investigators of the party's agency in the notification center.
    notices.awaitSourceKey("finintel-watchlist:" + alert);
    assertThat(
            db.sql("SELECT kind, agency_code, link FROM wsp_notification WHERE source_key = ?")
                .param("finintel-watchlist:" + alert)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list())
        .containsExactly("WATCHLIST_HIT FINANCIAL_POLICE /finintel/alerts/" + alert);

    // A new version of the list adds B: activating it screens every party again (the
    // WatchlistActivated event) and files B's hit; A's hit is not filed twice.
    activate(
        uploadList(
            list,
            FinintelFixtures.watchlist("W1," + a + " Zhanibek,,,,", "W2," + b + " Oralbek,,,,")));
    Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> watchlistAlerts(partyB) == 1);
    assertThat(watchlistAlerts(partyA)).isEqualTo(1);
    assertThat(
            db.sql("SELECT reason FROM fin_alert WHERE party_id = ? AND typology = ?")
                .params(partyB, Alerts.WATCHLIST)
                .query(String.class)
                .single())
        .contains(list)
        .contains("W2");
    // Activating a version that adds only someone no party is named after finds nothing new.
    var before = OffsetDateTime.now(ZoneOffset.UTC);
    activate(
        uploadList(
            list,
            FinintelFixtures.watchlist(
                "W1," + a + " Zhanibek,,,,",
                "W2," + b + " Oralbek,,,,",
                "W3," + FinintelFixtures.uniqueSurname() + " Nobody,,,,")));
    // Parties are screened in id order, B after A: once B is screened again, so is A.
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                db.sql("SELECT COUNT(*) FROM fin_party WHERE id = ? AND screened_at >= ?")
                        .params(partyB, before)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(watchlistAlerts(partyA)).isEqualTo(1);
    assertThat(watchlistAlerts(partyB)).isEqualTo(1);
  }

  long partyNamed(String name) {
    return db.sql("SELECT id FROM fin_party WHERE agency_code = 'FINANCIAL_POLICE' AND name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  long watchlistAlerts(long partyId) {
    return db.sql("SELECT COUNT(*) FROM fin_alert WHERE party_id = ? AND typology = ?")
        .params(partyId, Alerts.WATCHLIST)
        .query(Long.class)
        .single();
  }

  long uploadList(String list, byte[] content) throws Exception {
    String location =
        mvc.perform(
                multipart("/watchlists/upload")
                    .file(new MockMultipartFile("file", "list.csv", "text/csv", content))
                    .param("listName", list)
                    .param("format", "NATIONAL_CSV")
                    .with(csrf())
                    .with(as.user("analyst.cdc")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  void activate(long version) throws Exception {
    mvc.perform(
            post("/watchlists/versions/" + version + "/activate")
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void badRowsAreReportedWithTheirLineAndTheRestIsImported() throws Exception {
    long id = upload(FP, "bad.csv", FinintelFixtures.withBadRows(FinintelFixtures.unique()), "ibm");
    var v = awaitImport(FP, id);
    assertThat(v.get("status")).isEqualTo("DONE");
    assertThat(number(v, "rowsAdded")).isEqualTo(3);
    assertThat(number(v, "rowsRejected")).isEqualTo(2);
    String errors =
        mvc.perform(get("/api/finintel/imports/" + id + "/errors").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Integer> lines = JsonPath.read(errors, "$.items[*].line");
    assertThat(lines).containsExactly(3, 5);
    List<String> reasons = JsonPath.read(errors, "$.items[*].reason");
    assertThat(reasons.get(0)).contains("Amount Received");
    // A stable code with the field and the value found, beside the English reason.
    assertThat(JsonPath.<List<String>>read(errors, "$.items[*].code"))
        .containsExactly("NOT_A_NUMBER", "FIELD_MISSING");
    assertThat(JsonPath.<List<String>>read(errors, "$.items[*].field"))
        .containsExactly("Amount Received", "Account");
    assertThat(JsonPath.<List<String>>read(errors, "$.items[*].value")).containsExactly("ten", "4");
    // The page words them in the reader's language.
    String ru =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "ru").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(ru)
        .contains("Поле Amount Received: «ten» — не число", "Нет поля Account (в строке полей: 4)")
        .doesNotContain("is not a number");
    // The zone the file was read in is named by its city in the reader's language; its id stays
    // on the element for scripts.
    var zone = Jsoup.parse(ru).selectFirst("#import-zone");
    assertThat(zone.attr("data-zone")).isEqualTo("Asia/Almaty");
    assertThat(zone.text()).contains("Алматы (UTC").doesNotContain("Asia/Almaty");
    String form =
        mvc.perform(get("/finintel/imports").param("lang", "kk").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var almaty = Jsoup.parse(form).selectFirst("#zone option[value='Asia/Almaty']");
    assertThat(almaty.text()).startsWith("Алматы (UTC");
    assertThat(Jsoup.parse(form).selectFirst("#zone option[value='Asia/Oral']").text())
        .startsWith("Орал (UTC");
    assertThat(Jsoup.parse(form).selectFirst("#mapping").attr("placeholder"))
        .isEqualTo("мысалы amount_paid=Сома,timestamp=Күні");
    String kk =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "kk").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(kk).contains("Amount Received өрісі: «ten» сан емес");
  }

  @Test
  void aRetriedUploadWithTheSameKeyImportsOnceAndTheListsPageAsEveryList() throws Exception {
    byte[] file = FinintelFixtures.fanOut("IDEM" + System.nanoTime());
    String key = UUID.randomUUID().toString();
    long first = -1;
    for (int i = 0; i < 2; i++) {
      MvcResult r =
          mvc.perform(
                  multipart("/api/finintel/imports")
                      .file(new MockMultipartFile("file", "retry.csv", "text/csv", file))
                      .param("format", "ibm")
                      .header("Idempotency-Key", key)
                      .with(as.user(FP)))
              .andExpect(status().isAccepted())
              .andExpect(
                  MockMvcResultMatchers.header()
                      .string("Location", Matchers.startsWith("/api/finintel/imports/")))
              .andReturn();
      long id = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
      if (i == 0) {
        first = id;
      } else {
        assertThat(id).as("the retry answers the first import").isEqualTo(first);
        assertThat(r.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
      }
    }
    assertThat(awaitImport(FP, first).get("status")).isEqualTo("DONE");
    // Another file with the same key is another request.
    mvc.perform(
            multipart("/api/finintel/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "retry.csv",
                        "text/csv",
                        FinintelFixtures.fanOut("OTHER" + System.nanoTime())))
                .param("format", "ibm")
                .header("Idempotency-Key", key)
                .with(as.user(FP)))
        .andExpect(status().is(422));

    String page =
        mvc.perform(
                get("/api/finintel/imports")
                    .param("size", "1")
                    .param("sort", "id,asc")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<?>) JsonPath.read(page, "$.items")).hasSize(1);
    assertThat(((Number) JsonPath.read(page, "$.total")).longValue()).isGreaterThanOrEqualTo(1);
    assertThat((String) JsonPath.read(page, "$.sort")).isEqualTo("id,asc");
    String alerts =
        mvc.perform(
                get("/api/finintel/alerts")
                    .param("status", "all")
                    .param("size", "2")
                    .param("sort", "lastAt,desc")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<?>) JsonPath.read(alerts, "$.items")).hasSizeLessThanOrEqualTo(2);
    assertThat(((Number) JsonPath.read(alerts, "$.total")).longValue()).isGreaterThanOrEqualTo(1);
    mvc.perform(get("/api/finintel/alerts").param("sort", "reason").with(as.user(FP)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
    mvc.perform(
            get("/api/finintel/imports/{id}/errors", first).param("size", "500").with(as.user(FP)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void aFileInTheWrongFormatFailsWithTheReason() throws Exception {
    long id = upload(FP, "wrong.csv", "a,b,c\n1,2,3\n".getBytes(), "ibm");
    var v = awaitImport(FP, id);
    assertThat(v.get("status")).isEqualTo("FAILED");
    assertThat((String) v.get("message")).contains("line 1");
    // A stable code and its values beside the English message; the page words it.
    assertThat(v.get("messageCode")).isEqualTo("IBM_COLUMN_COUNT");
    assertThat(v.get("messageArgs")).isEqualTo(List.of("3"));
    String ru =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "ru").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(ru).getElementById("import-failed").text())
        .isEqualTo("Строка 1: в заголовке IBM AML столбцов: 3; ожидается 10 или 11.");
    String kk =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "kk").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(kk).getElementById("import-failed").text())
        .doesNotContain("header", "columns", "expected")
        .contains("IBM AML");
    mvc.perform(
            multipart("/api/finintel/imports")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "x".getBytes()))
                .param("format", "excel")
                .with(as.user(FP)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aBrokenGoAmlReportFailsWordedInTheReadersLanguageNamingTheElementAndLine() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n<report>\n<rentity_id>1</rentity_id>\n<transaction>\n"
            + "<transactionnumber>T1</transactionnumber>\n"
            + "<amount_local>lots</amount_local>\n</transaction>\n</report>\n";
    long id = upload(FP, "broken-" + FinintelFixtures.unique() + ".xml", xml.getBytes(), "goaml");
    var v = awaitImport(FP, id);
    assertThat(v.get("status")).isEqualTo("FAILED");
    assertThat((String) v.get("messageCode")).startsWith("GOAML_");
    @SuppressWarnings("unchecked")
    List<String> args = (List<String>) v.get("messageArgs");
    assertThat(args.get(0)).startsWith("/report");
    String ru =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "ru").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(ru).getElementById("import-failed").text())
        .startsWith("goAML: ")
        .contains(args.get(0), "(строка " + args.get(1) + ")")
        .doesNotContain("element", "line");
    String kk =
        mvc.perform(get("/finintel/imports/" + id).param("lang", "kk").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(kk).getElementById("import-failed").text())
        .contains(args.get(0), "(" + args.get(1) + "-жол)")
        .doesNotContain("element", "line");
  }

  @Test
  void aMalformedGoAmlReportIsWordedInTheReadersLanguageWithTheParsersTextOnlyAsDetail()
      throws Exception {
    // cut short in the middle of an element
    String truncated =
        "<?xml version=\"1.0\"?>\n<report>\n<rentity_id>1</rentity_id>\n<transaction>";
    long id =
        upload(FP, "cut-" + FinintelFixtures.unique() + ".xml", truncated.getBytes(), "goaml");
    var v = awaitImport(FP, id);
    assertThat(v.get("messageCode")).isEqualTo("GOAML_XML_ENDS_EARLY");
    var ru = importPage(id, "ru");
    assertThat(ru.getElementById("import-failed").text())
        .isEqualTo("goAML: XML кончается в строке 4, а его элементы не закрыты (файл обрезан?).");
    assertThat(ru.select("#import-failed-details summary").text())
        .isEqualTo("Технические подробности");
    assertThat(ru.select("#import-failed-details pre").text())
        .contains("must start and end within the same entity");
    assertThat(importPage(id, "kk").getElementById("import-failed").text())
        .isEqualTo(
            "goAML: XML 4-жолда аяқталады, ал оның элементтері жабылмаған (файл қиылған ба?).");

    // an entity no DTD declares
    String entity = "<?xml version=\"1.0\"?>\n<report>\n<rentity_id>&nbsp;</rentity_id>\n</report>";
    long entityId =
        upload(FP, "entity-" + FinintelFixtures.unique() + ".xml", entity.getBytes(), "goaml");
    assertThat(awaitImport(FP, entityId).get("messageCode")).isEqualTo("GOAML_ENTITY");
    assertThat(importPage(entityId, "ru").getElementById("import-failed").text())
        .isEqualTo("goAML: ссылка на сущность &nbsp; не допускается (строка 3).");
    assertThat(importPage(entityId, "kk").getElementById("import-failed").text())
        .contains("&nbsp;", "3")
        .doesNotContain("entity", "declared");
  }

  private org.jsoup.nodes.Document importPage(long id, String lang) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/finintel/imports/" + id).param("lang", lang).with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void theDemoExtractFilledTheQueue() throws Exception {
    mvc.perform(get("/finintel/alerts").with(as.user(FP))).andExpect(status().isOk());
    String body =
        mvc.perform(get("/api/finintel/alerts").param("status", "all").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Object> rows = JsonPath.read(body, "$.items");
    assertThat(rows).isNotEmpty();
    String filtered =
        mvc.perform(
                get("/api/finintel/alerts")
                    .param("typology", "FAN_OUT")
                    .param("minScore", "0.1")
                    .param("from", "2020-01-01")
                    .param("to", "2030-12-31")
                    .param("minAmount", "1")
                    .param("status", "all")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> typologies = JsonPath.read(filtered, "$.items[*].typology");
    assertThat(typologies).isNotEmpty().allMatch("FAN_OUT"::equals);
  }

  // ---- triage and cases ----------------------------------------------------------------------

  @Test
  void theAlertGraphIsAuditedLikeTheAlert() throws Exception {
    long alert = alertOf(importedFanOut());
    long before =
        db.sql(
                "SELECT COUNT(*) FROM idn_audit WHERE action = 'finintel.alert.graph' AND target_id = ?")
            .param(Long.toString(alert))
            .query(Long.class)
            .single();
    mvc.perform(get("/finintel/alerts/" + alert + "/graph").with(as.user(FP)))
        .andExpect(status().isOk());
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'finintel.alert.graph' AND target_id = ? AND actor = ?")
                .params(Long.toString(alert), FP)
                .query(Long.class)
                .single())
        .isEqualTo(before + 1);
  }

  @Test
  void triageAssignsCommentsAndDismissesWithAReason() throws Exception {
    long alert = alertOf(importedFanOut());
    mvc.perform(post("/finintel/alerts/" + alert + "/assign").with(csrf()).with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    assertThat(
            db.sql("SELECT assignee FROM fin_alert WHERE id = ?")
                .param(alert)
                .query(String.class)
                .single())
        .isEqualTo(FP);
    String mine =
        mvc.perform(get("/api/finintel/alerts").param("assignee", "me").with(as.user(FP)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Integer> ids = JsonPath.read(mine, "$.items[*].id");
    assertThat(ids.stream().map(Integer::longValue).toList()).contains(alert);
    // The keywords in Russian and Kazakh filter as the English ones do.
    for (String me : List.of("я", "Мен")) {
      String localized =
          mvc.perform(get("/api/finintel/alerts").param("assignee", me).with(as.user(FP)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Integer> found = JsonPath.read(localized, "$.items[*].id");
      assertThat(found.stream().map(Integer::longValue).toList()).as(me).contains(alert);
    }
    for (String none : List.of("никто", "ешкім", "none")) {
      String nobody =
          mvc.perform(
                  get("/api/finintel/alerts")
                      .param("assignee", none)
                      .param("status", "all")
                      .with(as.user(FP)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Integer> found = JsonPath.read(nobody, "$.items[*].id");
      assertThat(found.stream().map(Integer::longValue).toList())
          .as(none)
          .isNotEmpty()
          .doesNotContain(alert);
    }
    String queue =
        mvc.perform(get("/finintel/alerts").param("lang", "ru").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(queue).contains("я, никто или имя пользователя").doesNotContain("me, none");
    mvc.perform(
            post("/finintel/alerts/" + alert + "/comment")
                .param("text", "Looks like a mule network")
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/finintel/alerts/" + alert + "/dismiss")
                .param("reason", "")
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/finintel/alerts/" + alert + "/dismiss")
                .param("reason", "Known payroll agent")
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    var row =
        db.sql("SELECT status, dismiss_reason FROM fin_alert WHERE id = ?")
            .param(alert)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .single();
    assertThat(row).containsExactly("DISMISSED", "Known payroll agent");
    assertThat(
            db.sql("SELECT kind FROM fin_alert_comment WHERE alert_id = ? ORDER BY id")
                .param(alert)
                .query(String.class)
                .list())
        .containsExactly("ASSIGNED", "COMMENT", "DISMISSED");
    mvc.perform(post("/api/finintel/alerts/" + alert + "/escalate").with(as.user(FP)))
        .andExpect(status().isConflict());
  }

  @Test
  void aStatusChangeOnTheTimelineIsWordedInTheReadersLanguage() throws Exception {
    long caseId = escalatedCase();
    mvc.perform(
            post("/finintel/cases/" + caseId + "/status")
                .param("status", "CLOSED")
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    for (var lang : Map.of("ru", "закрыто", "kk", "жабық", "en", "closed").entrySet()) {
      String page =
          mvc.perform(
                  get("/finintel/cases/" + caseId).param("lang", lang.getKey()).with(as.user(FP)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      int start = page.indexOf("id=\"case-timeline\"");
      String timeline = page.substring(start, page.indexOf("</ul>", start));
      assertThat(timeline).as(lang.getKey()).contains(lang.getValue()).doesNotContain(">CLOSED<");
    }
  }

  @Test
  void escalatingBuildsTheCaseFromTheEvidence() throws Exception {
    long caseId = escalatedCase();
    long alert =
        db.sql("SELECT id FROM fin_alert WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    long evidence =
        db.sql("SELECT COUNT(*) FROM fin_alert_transaction WHERE alert_id = ?")
            .param(alert)
            .query(Long.class)
            .single();
    assertThat(
            db.sql("SELECT COUNT(*) FROM fin_case_transaction WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(evidence);
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM fin_case_subject WHERE case_id = ? AND account_id IS NOT NULL")
                .param(caseId)
                .query(Long.class)
                .single())
        .isPositive();
    mvc.perform(get("/finintel/cases/" + caseId).with(as.user(FP))).andExpect(status().isOk());
    String graph =
        mvc.perform(get("/finintel/cases/" + caseId + "/graph").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Object> edges = JsonPath.read(graph, "$[?(@.group == 'edges')]");
    assertThat(edges).isNotEmpty();
    String hub =
        JsonPath.read(graph, "$[?(@.group == 'nodes' && @.data.subject == true)].data.id")
            .toString();
    assertThat(hub).contains("a");
    mvc.perform(
            post("/finintel/cases/" + caseId + "/notes")
                .param("text", "Subpoena the bank")
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            multipart("/finintel/cases/" + caseId + "/attachments")
                .file(
                    new MockMultipartFile(
                        "file", "statement.txt", "text/plain", "bank statement".getBytes()))
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            multipart("/finintel/cases/" + caseId + "/attachments")
                .file(
                    new MockMultipartFile(
                        "file",
                        "huge.bin",
                        "application/octet-stream",
                        new byte[(int) FinancialCases.MAX_ATTACHMENT_BYTES + 1]))
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().isBadRequest());
    assertThat(
            db.sql("SELECT kind FROM fin_case_event WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query(String.class)
                .list())
        .containsExactly("OPENED", "ALERT", "NOTE", "ATTACHMENT");
    // Flow tracing from the funding account through the hub.
    String source =
        db.sql(
                "SELECT a.bank_code || ':' || a.account_no FROM fin_account a"
                    + " JOIN fin_case_subject s ON s.account_id = a.id WHERE s.case_id = ? AND a.account_no LIKE 'HUB%'")
            .param(caseId)
            .query(String.class)
            .single();
    String trace =
        mvc.perform(
                get("/finintel/cases/" + caseId + "/trace")
                    .param("account", source)
                    .param("hops", "2")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(trace).contains("trace-row").contains("MULE");
    // Expanding the hub reads its payments beyond the case: the shop that paid it appears.
    long hubId =
        db.sql(
                "SELECT a.id FROM fin_account a JOIN fin_case_subject s ON s.account_id = a.id"
                    + " WHERE s.case_id = ? AND a.account_no LIKE 'HUB%'")
            .param(caseId)
            .query(Long.class)
            .single();
    String expanded =
        mvc.perform(
                get("/finintel/cases/" + caseId + "/graph/expand")
                    .param("account", Long.toString(hubId))
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> labels = JsonPath.read(expanded, "$[?(@.group == 'nodes')].data.label");
    assertThat(labels).anyMatch(l -> l.contains("SHOP"));
    // Each read of the case's accounts and payments is in the audit log, saying what was read.
    // ... as facts worded in the reader's language, not an English sentence.
    assertThat(auditDetails("finintel.case.view", caseId))
        .contains(AuditDetail.of("finintel.read.chart", "none", "…", "…").stored())
        .contains(
            AuditDetail.of("finintel.read.trace", source, "none", "", 2, "none", "…", "…", "page")
                .stored())
        .contains(AuditDetail.of("finintel.read.chartAccount", hubId, "none", "…", "…").stored());
  }

  List<String> auditDetails(String action, long caseId) {
    return db.sql(
            "SELECT COALESCE(detail, '') FROM idn_audit WHERE action = ? AND target_id = ? ORDER BY seq")
        .params(action, Long.toString(caseId))
        .query(String.class)
        .list();
  }

  /**
   * One rule for a file's times: read in the zone chosen at import, stored as the instant, shown in
   * the user's zone (Asia/Almaty for the demo investigator), written to goAML as the file had it. 1
   * March 2008 in Almaty is UTC+6, so 09:37 there is 03:37 UTC.
   */
  @Test
  void aFilesLocalTimesAreReadInTheChosenZoneShownInTheUsersAndWrittenBackToGoAml()
      throws Exception {
    String p = FinintelFixtures.unique();
    long importId =
        upload(
            FP,
            "almaty-bank.csv",
            FinintelFixtures.fanOutAt(p, "2008/03/01", 9, 37),
            "ibm",
            "",
            "Asia/Almaty");
    var v = awaitImport(FP, importId);
    assertThat(v.get("status")).isEqualTo("DONE");
    assertThat(v.get("timeZone")).isEqualTo("Asia/Almaty");
    OffsetDateTime stored =
        db.sql(
                "SELECT MIN(t.at) FROM fin_transaction t JOIN fin_account a ON a.id = t.from_account_id"
                    + " WHERE t.import_id = ? AND a.account_no LIKE 'HUB%'")
            .param(importId)
            .query(OffsetDateTime.class)
            .single();
    assertThat(stored.toInstant()).isEqualTo(Instant.parse("2008-03-01T03:37:00Z"));

    String body =
        mvc.perform(
                post("/api/finintel/alerts/" + alertOf(importId) + "/escalate")
                    .param("title", "Almaty times")
                    .with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long caseId = ((Number) JsonPath.read(body, "$.caseId")).longValue();
    String page =
        mvc.perform(get("/finintel/cases/" + caseId).with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("01.03.2008 09:37").doesNotContain("01.03.2008 15:37");
    String xml =
        mvc.perform(get("/finintel/cases/" + caseId + "/str.xml").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(xml).contains("<date_transaction>2008-03-01T09:37:00</date_transaction>");
    GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8));

    // A zone that does not exist is refused before anything is stored.
    mvc.perform(
            multipart("/api/finintel/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "x.csv",
                        "text/csv",
                        FinintelFixtures.fanOut(FinintelFixtures.unique())))
                .param("format", "ibm")
                .param("zone", "Asia/Atlantis")
                .with(as.user(FP)))
        .andExpect(status().isBadRequest())
        .andExpect(
            MockMvcResultMatchers.content().string(Matchers.containsString("Asia/Atlantis")));
  }

  @Test
  void theGoAmlReportReadsBackIdentically() throws Exception {
    long caseId = escalatedCase();
    var user = accounts.findByUsername(FP).orElseThrow();
    byte[] xml =
        mvc.perform(get("/finintel/cases/" + caseId + "/str.xml").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    GoAmlReport read = new GoAmlReader().read(new ByteArrayInputStream(xml));
    GoAmlReport built = reports.goAmlReport(user, new FinancialCaseId(caseId), Locale.ENGLISH);
    assertThat(read.transactions())
        .usingRecursiveFieldByFieldElementComparator(
            RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build())
        .isEqualTo(built.transactions());
    assertThat(read.indicators()).isEqualTo(built.indicators());
    assertThat(read.reason()).contains("FAN_OUT");
    assertThat(read.rentityId()).isEqualTo("1001");
    assertThat(xml)
        .asString(StandardCharsets.UTF_8)
        .matches("(?s).*<amount_local>\\d+\\.\\d\\d</amount_local>.*");
    assertThat(read.reportCode()).isEqualTo("STR");
    assertThat(read.entityReference()).isEqualTo("KUZET-CASE-" + caseId);
    assertThat(read.transactions())
        .hasSize(
            db.sql("SELECT COUNT(*) FROM fin_case_transaction WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single()
                .intValue());
    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("submissionDate")
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(built);
    assertThat(audited("finintel.case.export.goaml", caseId)).isTrue();
    // The history notes the export in the reader's language, its count with the plural form.
    String timeline =
        Jsoup.parse(
                mvc.perform(get("/finintel/cases/" + caseId).param("lang", "kk").with(as.user(FP)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))
            .select("#case-timeline")
            .text();
    assertThat(timeline)
        .contains(
            "goAML күдікті операциялар туралы хабарламасы, "
                + read.transactions().size()
                + " операция")
        .doesNotContain("goAML STR");
  }

  @Test
  void theCaseReportPdfHoldsTheCase() throws Exception {
    long caseId = escalatedCase();
    byte[] pdf =
        mvc.perform(
                get("/finintel/cases/" + caseId + "/report.pdf")
                    .with(as.user(FP))
                    .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text;
    try (var doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    String hub =
        db.sql(
                "SELECT a.account_no FROM fin_account a JOIN fin_case_subject s ON s.account_id = a.id"
                    + " WHERE s.case_id = ? AND a.account_no LIKE 'HUB%'")
            .param(caseId)
            .query(String.class)
            .single();
    assertThat(text).contains("Fan-out case").contains(hub).contains("Fan-out").contains("MULE");
    // The last page draws the link chart: a circle (four curves) per account, a line per flow,
    // each flow labelled with its amount, each account with its number.
    long flows =
        db.sql(
                "SELECT COUNT(DISTINCT t.from_account_id || '>' || t.to_account_id) FROM fin_transaction t"
                    + " JOIN fin_case_transaction c ON c.transaction_id = t.id WHERE c.case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    long accountsOnChart =
        db.sql(
                "SELECT COUNT(DISTINCT a) FROM (SELECT t.from_account_id AS a FROM fin_transaction t"
                    + " JOIN fin_case_transaction c ON c.transaction_id = t.id WHERE c.case_id = ? UNION"
                    + " SELECT t.to_account_id FROM fin_transaction t JOIN fin_case_transaction c ON c.transaction_id = t.id"
                    + " WHERE c.case_id = ?) x")
            .params(caseId, caseId)
            .query(Long.class)
            .single();
    String chartText;
    Map<String, Integer> operators = new HashMap<>();
    try (var doc = Loader.loadPDF(pdf)) {
      var stripper = new PDFTextStripper();
      stripper.setStartPage(doc.getNumberOfPages());
      chartText = stripper.getText(doc);
      var page = doc.getPage(doc.getNumberOfPages() - 1);
      assertThat(page.getMediaBox().getWidth())
          .as("a landscape page")
          .isGreaterThan(page.getMediaBox().getHeight());
      for (Object token : new PDFStreamParser(page).parse()) {
        if (token instanceof Operator op) {
          operators.merge(op.getName(), 1, Integer::sum);
        }
      }
    }
    assertThat(chartText)
        .contains("Link chart")
        .contains(hub)
        .contains("MULE")
        .contains("110,000.00 USD")
        .contains("9,000.00 USD");
    assertThat(operators.getOrDefault("c", 0)).isEqualTo((int) (4 * accountsOnChart));
    assertThat(operators.getOrDefault("l", 0))
        .as("a line and an arrowhead per flow")
        .isEqualTo((int) (3 * flows));
    assertThat(audited("finintel.case.export.pdf", caseId)).isTrue();
    assertThat(audited("finintel.case.view", caseId)).isFalse();
    mvc.perform(get("/finintel/cases/" + caseId).with(as.user(FP))).andExpect(status().isOk());
    assertThat(audited("finintel.case.view", caseId)).isTrue();
    // The history's ALERT entry is worded from the alert's typology and reason facts, on the page
    // as in the report, in the reader's language.
    String ru =
        mvc.perform(get("/finintel/cases/" + caseId).param("lang", "ru").with(as.user(FP)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String timeline = Jsoup.parse(ru).select("#case-timeline").text();
    assertThat(timeline)
        .contains("Расходящиеся потоки", "заплатил", "Отчёт PDF")
        .doesNotContain("FAN_OUT", "paid", "beneficiaries", "PDF report");
  }

  boolean audited(String action, long caseId) {
    return db.sql("SELECT COUNT(*) FROM idn_audit WHERE action = ? AND target_id = ?")
            .params(action, Long.toString(caseId))
            .query(Long.class)
            .single()
        > 0;
  }

  // ---- access --------------------------------------------------------------------------------

  @Test
  void anInvestigatorOfAnotherAgencyIsRefusedEverything() throws Exception {
    long importId = importedFanOut();
    long alert = alertOf(importId);
    long caseId = escalatedCase();
    mvc.perform(
            multipart("/finintel/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "note.txt", "text/plain", "x".getBytes()))
                .with(csrf())
                .with(as.user(FP)))
        .andExpect(status().is3xxRedirection());
    long attachment =
        db.sql("SELECT id FROM fin_case_attachment WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    long account =
        db.sql("SELECT MIN(account_id) FROM fin_case_subject WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    long tx =
        db.sql("SELECT MIN(transaction_id) FROM fin_case_transaction WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    long lastAudit =
        db.sql("SELECT COALESCE(MAX(seq), 0) FROM idn_audit").query(Long.class).single();
    for (String path :
        List.of(
            "/api/finintel/imports/" + importId,
            "/api/finintel/imports/" + importId + "/errors",
            "/finintel/imports/" + importId,
            "/finintel/imports/" + importId + "/progress",
            "/api/finintel/alerts/" + alert,
            "/finintel/alerts/" + alert,
            "/finintel/alerts/" + alert + "/graph",
            "/finintel/cases/" + caseId,
            "/finintel/cases/" + caseId + "/graph",
            "/finintel/cases/" + caseId + "/graph/expand?account=" + account,
            "/finintel/cases/" + caseId + "/graph/transactions?ids=" + tx,
            "/finintel/cases/" + caseId + "/trace?account=a" + account,
            "/finintel/cases/" + caseId + "/attachments/" + attachment,
            "/finintel/cases/" + caseId + "/report.pdf",
            "/finintel/cases/" + caseId + "/str.xml")) {
      mvc.perform(get(path).with(as.user(PGO))).andExpect(status().isNotFound());
    }
    for (String path :
        List.of(
            "/api/finintel/alerts/" + alert + "/dismiss?reason=x",
            "/api/finintel/alerts/" + alert + "/assign",
            "/api/finintel/alerts/" + alert + "/escalate")) {
      mvc.perform(post(path).with(as.user(PGO))).andExpect(status().isNotFound());
    }
    for (String path :
        List.of(
            "/finintel/alerts/" + alert + "/assign",
            "/finintel/alerts/" + alert + "/comment?text=x",
            "/finintel/alerts/" + alert + "/dismiss?reason=x",
            "/finintel/alerts/" + alert + "/escalate",
            "/finintel/cases/" + caseId + "/notes?text=x",
            "/finintel/cases/" + caseId + "/subjects?account=B:X",
            "/finintel/cases/" + caseId + "/status?status=CLOSED")) {
      mvc.perform(post(path).with(csrf()).with(as.user(PGO))).andExpect(status().isNotFound());
    }
    mvc.perform(
            multipart("/finintel/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes()))
                .with(csrf())
                .with(as.user(PGO)))
        .andExpect(status().isNotFound());
    assertThat(
            db.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE actor = ? AND seq > ? AND action LIKE 'finintel.%'"
                        + " AND action NOT LIKE '%.refused'")
                .params(PGO, lastAudit)
                .query(Long.class)
                .single())
        .as("nothing of the case was read or changed for them")
        .isZero();
    // Each attempt is audited as a refusal, on pages and API alike.
    assertThat(
            db.sql("SELECT DISTINCT action FROM idn_audit WHERE actor = ? AND seq > ?")
                .params(PGO, lastAudit)
                .query(String.class)
                .list())
        .contains("finintel.case.refused", "finintel.alert.refused", "finintel.import.refused");
    assertThat(
            db.sql("SELECT COUNT(*) FROM fin_case_attachment WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            db.sql("SELECT status FROM fin_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isNotEqualTo("CLOSED");
    // Their own queue does not list the Financial Police's alerts.
    String queue =
        mvc.perform(get("/api/finintel/alerts").param("status", "all").with(as.user(PGO)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> agencies = JsonPath.read(queue, "$.items[*].agency");
    assertThat(agencies).doesNotContain("FINANCIAL_POLICE");
    assertThat(
            db.sql("SELECT status FROM fin_alert WHERE id = ?")
                .param(alert)
                .query(String.class)
                .single())
        .isNotEqualTo("DISMISSED");
  }

  @Test
  void otherRolesAreRefused() throws Exception {
    for (String user : List.of("analyst.cdc", "admin", "coordinator.fp", "officer.cdc")) {
      for (String path :
          List.of(
              "/finintel/alerts",
              "/finintel/cases",
              "/finintel/imports",
              "/api/finintel/alerts",
              "/api/finintel/imports")) {
        mvc.perform(get(path).with(as.user(user))).andExpect(status().isForbidden());
      }
      mvc.perform(
              multipart("/api/finintel/imports")
                  .file(
                      new MockMultipartFile(
                          "file", "x.csv", "text/csv", FinintelFixtures.fanOut("X")))
                  .param("format", "ibm")
                  .with(as.user(user)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void homePanelsShowMyAlerts() throws Exception {
    String page =
        mvc.perform(get("/home").with(as.user(FP)).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("My alerts").contains("My cases");
  }
}
