package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.Role;
import org.kuzet.testing.As;
import org.kuzet.testing.Notices;
import org.kuzet.testing.OnH2;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page every demo user can open, in Russian and in Kazakh, shows no English outside data.
 *
 * <p>How UI text is told from data: the page is rendered with the demo data, its visible text and
 * the texts of its labelling attributes collected, and each Latin word of three letters or more is
 * suspect when it is a word of the English bundles' values (or a common English word) that no
 * Russian or Kazakh value uses ("PDF", "goAML" and "MRZ" are in those too). A suspect word is data,
 * and passes, when the database holds it in a column people or reference data fill (names, places,
 * codes); columns the server fills with its own sentences (audit entries, alert and hit texts,
 * notifications, import errors) do not count as data, because their English is what this test looks
 * for. Pages are the GET mappings without a path variable, then one page per mapping with a
 * variable, reached through a link a rendered page offers, as a user would.
 */
@OnH2
class LanguagesH2IT {

  /** Tables whose text the server writes in sentences: what they hold is no excuse for English. */
  static final Set<String> SERVER_TEXT_TABLES =
      Set.of(
          "idn_audit",
          "idn_audit_head",
          "idn_pending_change",
          "event_publication",
          "web_idempotent_request",
          "wl_batch_error",
          "wl_version_change",
          "fin_import_error",
          "fin_alert",
          "fin_case_event",
          "wsp_notification",
          "intd_hit",
          "intd_alert",
          "intd_risk_fired",
          "intd_analysis_state");

  /**
   * Columns of those tables that hold what people or files wrote (names, plates, a file's column
   * names and values): the arguments the server's wordings are made with, which are data.
   */
  static final Set<String> DATA_COLUMNS_OF_SERVER_TABLES =
      Set.of(
          "intd_alert.summary_args",
          "wsp_notification.title_args",
          "fin_import_error.field",
          "fin_import_error.found",
          "wl_batch_error.args");

  /** Common English words the bundles may not happen to hold. */
  static final Set<String> COMMON_ENGLISH =
      Set.of(
          "the",
          "and",
          "from",
          "with",
          "for",
          "not",
          "was",
          "were",
          "has",
          "have",
          "this",
          "that",
          "into",
          "are",
          "its",
          "their",
          "within",
          "after",
          "before",
          "than",
          "born",
          "listed",
          "matches",
          "similarity",
          "senders",
          "scattered",
          "gathered",
          "beneficiaries",
          "intermediaries",
          "transliteration",
          "score",
          "issued",
          "stopped",
          "entry",
          "name",
          "nationality",
          "document",
          "plate",
          "cargo",
          "contains",
          "earlier",
          "seizure",
          "seizures",
          "times",
          "days",
          "last",
          "year",
          "rules",
          "initial");

  /**
   * English found and not yet put right, by page: each entry is a finding of its own (see the
   * module guides) and leaves this list when it is fixed. A page or word not listed fails the test.
   */
  static final Map<String, Set<String>> KNOWN = Map.of();

  static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  static final Pattern SKIP =
      Pattern.compile(
          "^/(api|actuator|v3|swagger|webjars|css|js|images|fonts|logout|login|error|oauth2)(/.*)?$|.*/(stream|events|export|download|pdf|csv|xlsx)(/.*)?$|.*\\.(pdf|csv|xlsx|xml|json|png|svg)$");

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient db;
  @Autowired Notices notices;
  @Autowired AuditLog audit;

  @Autowired
  @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void noEnglishWordOutsideDataOnAnyPageInRussianOrKazakh() throws Exception {
    serverTexts();
    long started = System.nanoTime();
    Set<String> english = englishOnlyWords();
    Set<String> data = dataWords();
    List<String> plain = new ArrayList<>();
    List<Pattern> withVariables = new ArrayList<>();
    Map<Pattern, String> patternText = new LinkedHashMap<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
              }
              for (String p : info.getPatternValues()) {
                if (SKIP.matcher(p).matches() || p.contains("**")) {
                  continue;
                }
                if (p.contains("{")) {
                  Pattern rx = Pattern.compile(p.replaceAll("\\{[^}]+}", "[^/?#]+"));
                  withVariables.add(rx);
                  patternText.put(rx, p);
                } else {
                  plain.add(p);
                }
              }
            });
    assertThat(plain).hasSizeGreaterThan(20);

    var leaks = new TreeMap<String, Set<String>>();
    var known = new TreeSet<String>();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    int rendered = 0;
    for (DemoAccounts.Demo user : DemoAccounts.ALL) {
      for (String lang : List.of("ru", "kk")) {
        var reached = new HashSet<Pattern>();
        var queue = new ArrayList<>(plain);
        for (int i = 0; i < queue.size(); i++) {
          String path = queue.get(i);
          MockHttpServletResponse r =
              mvc.perform(get(path).param("lang", lang).with(as.user(user.username())))
                  .andReturn()
                  .getResponse();
          String type = r.getContentType();
          if (r.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
            continue;
          }
          rendered++;
          Document page = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
          String mapping = patternOf(path, patternText);
          String text = visibleText(page);
          for (String w : words(page)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (english.contains(lower) && !data.contains(lower)) {
              if (KNOWN.getOrDefault(mapping, Set.of()).contains(lower)) {
                known.add(mapping + " " + lower);
                continue;
              }
              int at = text.indexOf(w);
              String around =
                  at < 0
                      ? ""
                      : text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
              leaks
                  .computeIfAbsent(
                      lang + " " + mapping + " (" + user.username() + ")", k -> new TreeSet<>())
                  .add(w + " «" + around + "»");
            }
          }
          // One page behind each mapping with a variable, through a link this page offers.
          for (Element a : page.select("a[href]")) {
            String href = a.attr("href").replaceAll("[?#].*", "");
            if (!href.startsWith("/") || SKIP.matcher(href).matches() || queue.contains(href)) {
              continue;
            }
            for (Pattern rx : withVariables) {
              if (!reached.contains(rx) && rx.matcher(href).matches()) {
                reached.add(rx);
                queue.add(href);
                break;
              }
            }
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        "languages: %d pages rendered for %d users in ru and kk in %.1f s (%.1f s CPU)%n",
        rendered, DemoAccounts.ALL.size(), seconds, cpu);
    System.out.println("languages: known English still shown: " + known);
    assertThat(rendered).as("pages rendered").isGreaterThan(100);
    assertThat(leaks)
        .as("English words on Russian and Kazakh pages (language and page: words)")
        .isEmpty();
  }

  /**
   * Rows of every kind the server words, so the pages that show them are checked: interdiction
   * alerts of each shape with a notification, a transaction import and a batch screening file with
   * bad rows, and audit entries written as facts and as the English sentences of before.
   */
  void serverTexts() throws Exception {
    // An inspection the alerts link to: one of the post's when there is one (the demo data may hold
    // none).
    var post =
        db.sql(
                """
            SELECT p.id, p.agency_code, p.name,
              COALESCE((SELECT MIN(i.id) FROM intd_inspection i WHERE i.post_id = p.id), 0)
            FROM intd_post p WHERE p.agency_code = 'CDC_MOI' ORDER BY p.id FETCH FIRST 1 ROWS ONLY""")
            .query(
                (rs, n) ->
                    new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
            .single();
    List<Object[]> shapes =
        List.of(
            new Object[] {
              "LOOKOUT_MATCH", "LOOKOUT_VEHICLE", List.of("7001", "777ABC02", (String) post[2])
            },
            new Object[] {
              "LOOKOUT_MATCH",
              "LOOKOUT_PERSON",
              List.of("7001", "Жанибеков Арман", (String) post[2])
            },
            new Object[] {
              "WATCHLIST_HIT",
              "WATCHLIST",
              List.of(
                  "Жанибеков Арман",
                  "KZ-NATIONAL",
                  "KZN-001",
                  "Жанибеков А.",
                  "91",
                  (String) post[2])
            },
            new Object[] {
              "RESCREEN_HIT",
              "RESCREEN",
              List.of(
                  "Жанибеков Арман",
                  (String) post[2],
                  "KZ-NATIONAL",
                  "KZN-001",
                  "Жанибеков А.",
                  "91")
            });
    for (Object[] shape : shapes) {
      @SuppressWarnings("unchecked")
      List<String> args = (List<String>) shape[2];
      db.sql(
              """
              INSERT INTO intd_alert (kind, post_id, agency_code, recipient, inspection_id, hit_id, lookout_id, summary,
                summary_shape, summary_args, created_at) VALUES (?, ?, ?, NULL, ?, 0, NULL, ?, ?, ?, CURRENT_TIMESTAMP)""")
          .params(
              shape[0],
              post[0],
              post[1],
              post[3],
              "English sentence kept for the record",
              shape[1],
              String.join("\u001F", args))
          .update();
      notices.raise(
          new NewNotification(
              NotificationKind.WATCHLIST_HIT,
              "English title kept for the record",
              "interdiction.alert.summary." + shape[1],
              List.copyOf(args),
              "/interdiction/inspections/" + post[3],
              Audience.agency(
                  AgencyCode.of((String) post[1]), Role.CHECKPOINT_OFFICER, Role.ANALYST),
              "languages-alert-" + shape[1] + "-" + System.nanoTime()));
    }

    mvc.perform(
            multipart("/api/finintel/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "bad-rows.csv",
                        "text/csv",
                        ("""
                Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
                2024/03/04 10:00,L1,%1$s,L1,B%1$s,ten,US Dollar,10.00,US Dollar,Wire,0
                2024/13/04 10:01,L1,%1$s,L1,B%1$s,10.00,US Dollar,10.00,US Dollar,Wire,0
                2024/03/04 10:02,L1,%1$s,L1,B%1$s,10.00,Doubloon,10.00,US Dollar,Wire,0
                2024/03/04 10:03,L1,%1$s,L1
                2024/03/04 10:04,L1,,L1,B%1$s,10.00,US Dollar,10.00,US Dollar,Wire,0
                2024/03/04 10:05,L1,%1$s,L1,B%1$s,-5,US Dollar,10.00,US Dollar,Wire,0
                2024/03/04 10:06,L1,%1$s,L1,B%1$s,10.00,US Dollar,10.00,US Dollar,Wire,2
                2024/03/04 10:07,L1,%1$s,L1,B%1$s,10.00,US Dollar,10.00,US Dollar,Wire,0
                2024/03/04 10:08,L;1,%1$s,L1,B%1$s,10.00,US Dollar,10.00,US Dollar,Wire,0
                """
                                .formatted(UUID.randomUUID().toString().substring(0, 8)))
                            .getBytes(StandardCharsets.UTF_8)))
                .param("format", "ibm")
                .with(as.user("investigator.fp")))
        .andExpect(status().isAccepted());
    // A file refused as a whole: its failure is worded on the import page.
    mvc.perform(
            multipart("/api/finintel/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "bad-header.csv",
                        "text/csv",
                        ("Time,Bank,Account\n2024/03/04 10:00,L1," + UUID.randomUUID() + "\n")
                            .getBytes(StandardCharsets.UTF_8)))
                .param("format", "ibm")
                .with(as.user("investigator.fp")))
        .andExpect(status().isAccepted());
    mvc.perform(
            multipart("/screening/batches")
                .file(
                    new MockMultipartFile(
                        "file",
                        "bad-rows.csv",
                        "text/csv",
                        """
                id,name,birth_date
                q1,Жанибеков Арман,1980-01-01
                q2,,
                ,Жанибеков Арман,
                q4,Жанибеков Арман,13.13.1980
                q5,Жанибеков Арман,1980-01-01,extra
                """
                            .getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(as.user("analyst.cdc")))
        .andExpect(status().is3xxRedirection());
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                db.sql(
                                "SELECT COUNT(*) FROM fin_import WHERE file_name = 'bad-rows.csv' AND status IN ('DONE', 'FAILED')")
                            .query(Long.class)
                            .single()
                        > 0
                    && db.sql(
                                "SELECT COUNT(*) FROM fin_import WHERE file_name = 'bad-header.csv' AND status = 'FAILED'")
                            .query(Long.class)
                            .single()
                        > 0
                    && db.sql(
                                "SELECT COUNT(*) FROM wl_batch WHERE file_name = 'bad-rows.csv' AND status IN ('DONE', 'FAILED')")
                            .query(Long.class)
                            .single()
                        > 0);

    // Audit entries as the English sentences written before details were kept as facts.
    audit.recordAs(
        "system",
        null,
        "WATCHLIST_VERSION_UPLOADED",
        "watchlist-version",
        "1",
        "KZ-NATIONAL: 8 entries, sha256 13b9e391, from kz-national.csv; added 1, changed 2, removed 3");
    audit.recordAs(
        "system",
        null,
        "WATCHLIST_VERSION_ACTIVATED",
        "watchlist-version",
        "1",
        "KZ-NATIONAL version 2 (sha256 13b9e391, 8 entries) is now active");
    audit.recordAs(
        "system",
        null,
        "TRAINING_SESSION_COMPLETED",
        "training-session",
        "1",
        "10 certificates issued; FY2008");
    audit.recordAs(
        "system",
        null,
        "PROGRAM_OFFICERS_TRAINED",
        "officers-trained",
        "x",
        "KZ-AML FIN_POLICE FY2008: 12 officers, 4 women");
    audit.recordAs("system", null, "SIGN_IN", "account", "1", "password, waiting for approval");
    audit.recordAs("system", null, "TIP_CASE_REFUSED", "tip_case", "1", "agency BORDER_GUARDS");
    audit.recordAs(
        "system",
        null,
        "CURRICULUM_APPROVED",
        "training-course",
        "1",
        "version 3 by Ким В. on 2008-10-13");
    audit.recordAs("system", null, "SEARCH", "search", null, "a text of 12 characters: 3 hits");
    audit.recordAs(
        "system",
        null,
        "ACCOUNT_CHANGE_REQUESTED",
        "account",
        "1",
        "ivanov: agency CDC_MOI -> FIN_POLICE, roles [ANALYST] -> [ANALYST], name changed; "
            + "needs a second administrator: OWN_ACCOUNT (request 4)");
    audit.recordAs(
        "system",
        null,
        "INSPECTION_HITS_DECIDED",
        "inspection",
        "1",
        "2 hits: CLEARED -> SEARCHED");
    audit.recordAs(
        "system", null, "LOOKOUT_FEEDBACK", "lookout", "1", "inspection 12: LET_PASS_OBSERVED");
    audit.recordAs(
        "system",
        null,
        "SCREENING_CHECK",
        "screening",
        null,
        "name 'Жанибеков Арман', born 1980-01-01; 0 hit(s) []; lists KZ-NATIONAL@13b9e391");
    audit.recordAs(
        "system",
        null,
        "PROGRAM_CREATE",
        "endUseCheck",
        "1",
        "Сканер (Хоргос): 2025-03-04 by Ким В. present=true working=false usedAsIntended=true");
    audit.recordAs(
        "system",
        null,
        "SEIZURES_EXPORTED",
        "seizure",
        null,
        "3 seizures, UNODC columns, csv, 2025-01-01..2025-12-31");
    audit.recordAs(
        "system",
        null,
        "AUDIT_VERIFIED",
        "audit",
        null,
        "audit chain intact: 1843 entries, 12 anchors");
    audit.recordAs(
        "system",
        null,
        "TRAINING_WITHDRAWN",
        "training-session",
        "1",
        "CDC_MOI/A-17 (was WAITLISTED)");
    audit.recordAs(
        "system",
        null,
        "ACCOUNT_CREATED",
        "account",
        "1",
        "ivanov in CDC_MOI as [ANALYST, PARTNER]");
    audit.recordAs("system", null, "INSPECTION_VIEWED", "inspection", "1", "api: persons");
    // and as facts, as they are written now
    audit.recordFactsAs(
        "system",
        null,
        "ACCOUNT_CREATED",
        "account",
        "1",
        AuditDetail.of("account.created", "petrov", "CDC_MOI", "[TRAINING_COORDINATOR]"));
    audit.recordFactsAs(
        "system",
        null,
        "INSPECTION_VIEWED",
        "inspection",
        "1",
        AuditDetail.of("inspection.viewedApiPersons"));
    audit.recordFactsAs(
        "system",
        null,
        "TOKEN_CREATED",
        "api-token",
        "1",
        AuditDetail.of("token.created", "отчёты", "write", "finintel", "2027-01-06T10:00:00Z"));
    audit.recordFactsAs(
        "system",
        null,
        "TIP_CASE_CREATED",
        "tip_case",
        "1",
        AuditDetail.of("tip.created", "POSSIBLE"));
    audit.recordFactsAs(
        "system",
        null,
        "RESULTS_EXPORT",
        "results",
        null,
        AuditDetail.of("results.exported", "csv", "country", "KZ", 9));
  }

  private static String patternOf(String path, Map<Pattern, String> patterns) {
    for (var e : patterns.entrySet()) {
      if (e.getKey().matcher(path).matches()) {
        return e.getValue();
      }
    }
    return path;
  }

  static String visibleText(Document page) {
    return page.body() == null ? "" : page.body().text();
  }

  /**
   * The Latin words a reader sees: text outside scripts and styles, and labelling attributes. What
   * a text area holds is a record's text being edited, not the page's wording: an edit form shows
   * the base text (English in the demo) beside its Russian and Kazakh forms.
   */
  static List<String> words(Document page) {
    page.select("script, style, noscript, template, datalist, textarea").remove();
    var text = new StringBuilder(visibleText(page));
    text.append(' ').append(page.title());
    for (Element e : page.select("[placeholder], [title], [aria-label], [alt]")) {
      for (String attr : List.of("placeholder", "title", "aria-label", "alt")) {
        text.append(' ').append(e.attr(attr));
      }
    }
    var out = new ArrayList<String>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Words of the English bundles' values, and common English words, that no Russian or Kazakh value
   * has.
   */
  static Set<String> englishOnlyWords() throws IOException {
    var en = new HashSet<String>(COMMON_ENGLISH);
    var other = new HashSet<String>();
    var resolver = new PathMatchingResourcePatternResolver();
    for (var resource : resolver.getResources("classpath:i18n/*.properties")) {
      String name = resource.getFilename();
      var props = new Properties();
      try (InputStream in = resource.getInputStream()) {
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Set<String> into = name.contains("_ru") || name.contains("_kk") ? other : en;
      for (Object v : props.values()) {
        // Arguments and the keywords of plural and select forms are not words of the language.
        Matcher m =
            WORD.matcher(
                v.toString()
                    .replaceAll("\\{\\d+,\\s*\\w+\\s*,", "{")
                    .replaceAll("[A-Za-z_=#0-9]+\\{", "{")
                    .replaceAll("\\{\\d+(,[^{}]*)?}", " "));
        while (m.find()) {
          into.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    en.removeAll(other);
    return en;
  }

  /** Every word the database holds in columns people or reference data fill. */
  Set<String> dataWords() {
    var words = new HashSet<String>();
    List<Map<String, Object>> columns =
        db.sql(
                """
        SELECT table_name, column_name FROM information_schema.columns
        WHERE LOWER(table_schema) = 'public' AND (data_type LIKE '%CHAR%' OR data_type LIKE '%char%'
          OR data_type LIKE '%TEXT%' OR data_type LIKE '%text%')""")
            .query()
            .listOfRows();
    var all = new HashSet<String>();
    for (Map<String, Object> c : columns) {
      all.add((c.get("table_name") + "." + c.get("column_name")).toLowerCase(Locale.ROOT));
    }
    var translated = new HashSet<String>();
    for (String c : all) {
      if (all.contains(c + "_ru") && all.contains(c + "_kk")) {
        translated.add(c);
      }
    }
    for (Map<String, Object> c : columns) {
      String table = c.get("table_name").toString().toLowerCase(Locale.ROOT);
      String column = c.get("column_name").toString().toLowerCase(Locale.ROOT);
      if ((SERVER_TEXT_TABLES.contains(table)
              && !DATA_COLUMNS_OF_SERVER_TABLES.contains(table + "." + column))
          || table.contains("search")) {
        continue;
      }
      // A text kept beside its Russian and Kazakh forms (a post's name and note, a project's
      // description, an activity's title) shows in the reader's form where it has one: only the
      // rows without are data shown as written.
      String untranslated =
          translated.contains(table + "." + column)
              ? " AND (" + column + "_ru IS NULL OR " + column + "_kk IS NULL)"
              : "";
      for (String v :
          db.sql(
                  "SELECT DISTINCT "
                      + column
                      + " FROM "
                      + table
                      + " WHERE "
                      + column
                      + " IS NOT NULL"
                      + untranslated
                      + " LIMIT 20000")
              .query(String.class)
              .list()) {
        Matcher m = WORD.matcher(v);
        while (m.find()) {
          words.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }
}
