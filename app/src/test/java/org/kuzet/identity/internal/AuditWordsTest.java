package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditEntry;
import org.kuzet.identity.AuditVerification;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditWordsTest {

  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  static AuditWords words() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/identity", "i18n/web");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new AuditWords(source);
  }

  static AuditEntry entry(String action, String detail) {
    return new AuditEntry(1, Instant.EPOCH, "system", null, action, null, null, detail, "", "", "");
  }

  @Test
  void factsAreStoredAsReadableJsonAndReadBack() {
    var d = AuditDetail.of("watchlist.uploaded", "UN \"list\"", 8, "ab12", "un.xml", 1L, 2, 3);
    assertThat(d.stored())
        .startsWith("{\"k\":\"watchlist.uploaded\",\"a\":[\"UN \\\"list\\\"\",8,");
    assertThat(AuditDetail.read(d.stored()))
        .contains(
            new AuditDetail(
                "watchlist.uploaded", List.of("UN \"list\"", 8L, "ab12", "un.xml", 1L, 2L, 3L)));
    assertThat(AuditDetail.read("agency X")).isEmpty();
    assertThat(AuditDetail.read("{\"k\":\"bad key!\",\"a\":[]}")).isEmpty();
    assertThat(AuditDetail.read("{\"k\":")).isEmpty();
  }

  @Test
  void factsAreWordedInTheReadersLanguage() {
    var w = words();
    var uploaded =
        entry(
            "WATCHLIST_VERSION_UPLOADED",
            AuditDetail.of("watchlist.uploaded", "KZ-NATIONAL", 8, "13b9e391", "kz.csv", 1, 0, 2)
                .stored());
    assertThat(w.detail(uploaded, RU))
        .isEqualTo(
            "KZ-NATIONAL: 8 записей, sha256 13b9e391, файл kz.csv; добавлено 1, изменено 0, удалено 2");
    assertThat(w.detail(uploaded, Locale.ENGLISH))
        .isEqualTo(
            "KZ-NATIONAL: 8 entries, sha256 13b9e391, from kz.csv; added 1, changed 0, removed 2");
    assertThat(w.detail(uploaded, KK))
        .isEqualTo(
            "KZ-NATIONAL: 8 жазба, sha256 13b9e391, файл kz.csv; қосылды 1, өзгертілді 0, жойылды 2");
    // A date kept as ISO text reads in the reader's date pattern.
    var approved =
        entry(
            "CURRICULUM_APPROVED",
            AuditDetail.of("training.curriculumApproved", 3, "Ким В.", "2008-10-13").stored());
    assertThat(w.detail(approved, RU)).isEqualTo("версия 3, утвердил(а) Ким В. 13.10.2008");
  }

  @Test
  void sentencesWrittenBeforeFactsReadBackAndTheRestShowsAsStored() {
    var w = words();
    assertThat(
            w.detail(
                entry(
                    "WATCHLIST_VERSION_ACTIVATED",
                    "KZ-NATIONAL version 2 (sha256 13b9e391, 8 entries) is now active"),
                RU))
        .isEqualTo("Версия 2 списка KZ-NATIONAL (sha256 13b9e391, 8 записей) теперь действует");
    assertThat(w.detail(entry("TRAINING_SESSION_COMPLETED", "10 certificates issued; FY2008"), KK))
        .isEqualTo("Берілген сертификаттар: 10; АҚШ-тың 2008 қаржы жылы");
    assertThat(w.detail(entry("TIP_CASE_REFUSED", "agency BORDER_GUARDS"), RU))
        .isEqualTo("ведомство BORDER_GUARDS");
    assertThat(w.detail(entry("finintel.case.refused", "agency BORDER_GUARDS"), RU))
        .isEqualTo("ведомство BORDER_GUARDS");
    assertThat(w.detail(entry("SIGN_IN", "password, waiting for approval"), RU))
        .isEqualTo("по паролю, ожидает одобрения");
    assertThat(w.detail(entry("SEARCH", "\"Жанибеков\": 3 hits"), RU))
        .isEqualTo("«Жанибеков»: найдено 3");
    assertThat(
            w.detail(
                entry(
                    "ACCOUNT_LOCKED",
                    "5 wrong passwords from 203.0.113.7; that address is locked out for PT15M"),
                RU))
        .isEqualTo("Неверных паролей с адреса 203.0.113.7: 5; адрес заблокирован на 15 мин.");
    assertThat(w.detail(entry("SIGN_IN_FAILED", "password: wrong username or password"), KK))
        .isEqualTo("құпиясөзбен: пайдаланушы аты немесе құпиясөз қате");
    assertThat(
            w.detail(
                entry(
                    "INSPECTION_LOGGED",
                    "CP-M39-01 123ABC02, 2 persons, 1 hits, confirmed duplicate of 77"),
                RU))
        .isEqualTo(
            "CP-M39-01 123ABC02, лиц: 2, совпадений: 1, подтверждённый дубликат проверки 77");
    assertThat(
            w.detail(
                entry(
                    "TRAINING_SESSION_SCHEDULED",
                    "AML-101 2008-10-13..2008-10-17 at FPA, curriculum v2"),
                KK))
        .isEqualTo("AML-101, 13.10.2008–17.10.2008, орталық FPA, оқу бағдарламасының 2 нұсқасы");
    // Not a known sentence of its action: as stored.
    assertThat(w.detail(entry("SIGN_IN", "something new"), RU)).isEqualTo("something new");
    assertThat(w.detail(entry("SEIZURE_FILE_VIEWED", "photo.jpg"), RU)).isEqualTo("photo.jpg");
    assertThat(w.detail("X", null, RU)).isEmpty();
  }

  /** Details as the call sites write them, each with an old sentence of the same action. */
  static final List<String[]> WRITTEN_AND_OLD =
      List.of(
          new String[] {
            "ACCOUNT_CREATED",
            AuditDetail.of("account.created", "ivanov", "MVD", "[ANALYST]").stored(),
            "ivanov in MVD as [ANALYST]"
          },
          new String[] {
            "ACCOUNT_CHANGE_REQUESTED",
            AuditDetail.of(
                    "account.changeRequestedRoles",
                    "ivanov",
                    "[TIP_CASEWORKER]",
                    "VICTIM_RECORDS",
                    4)
                .stored(),
            "ivanov: roles -> [TIP_CASEWORKER]; needs a second administrator: VICTIM_RECORDS (request 4)"
          },
          new String[] {
            "ACCOUNT_CHANGE_REQUESTED",
            AuditDetail.of(
                    "account.changeRequestedNamed",
                    "ivanov",
                    "MVD",
                    "KNB",
                    "[ANALYST]",
                    "[ADMIN]",
                    "OWN_ACCOUNT",
                    5)
                .stored(),
            "ivanov: agency MVD -> KNB, roles [ANALYST] -> [ADMIN], name changed; needs a second administrator: OWN_ACCOUNT (request 5)"
          },
          new String[] {
            "ACCOUNT_UPDATED",
            AuditDetail.of("account.updated", "ivanov", "MVD", "KNB", "[ANALYST]", "[]").stored(),
            "ivanov: agency MVD -> KNB, roles [ANALYST] -> []"
          },
          new String[] {
            "ACCOUNT_CHANGE_APPROVED",
            AuditDetail.of("account.changeApproved", 4, "admin", "admin2").stored(),
            "request 4 by admin approved by admin2"
          },
          new String[] {
            "ACCOUNT_CHANGE_REJECTED",
            AuditDetail.of("account.changeRejected", 4, "admin", "admin2").stored(),
            "request 4 by admin rejected by admin2"
          },
          new String[] {
            "TOKEN_REFUSED", AuditDetail.of("token.wrongPassword").stored(), "wrong password"
          },
          new String[] {
            "TOKEN_CREATED",
            AuditDetail.of("token.created", "отчёты", "read", "*", "2027-01-06T10:00:00Z").stored(),
            "отчёты, scope read:*, expires 2027-01-06T10:00:00Z"
          },
          new String[] {
            "TRAINING_WITHDRAWN",
            AuditDetail.of("training.withdrawn", "MVD", "A-17", "WAITLISTED").stored(),
            "MVD/A-17 (was WAITLISTED)"
          },
          new String[] {
            "TRAINING_EXPORTED",
            AuditDetail.of("training.exported", "csv", 12).stored(),
            "csv, 12 rows"
          },
          new String[] {
            "SCREENING_BATCH_EXPORTED",
            AuditDetail.of("screening.batchExported", "список.csv").stored(),
            "список.csv, result CSV"
          },
          new String[] {
            "SCREENING_CHECK",
            AuditDetail.of(
                    "screening.check",
                    "Иванов Иван",
                    "1980-02-03",
                    "—",
                    "—",
                    1,
                    "UN:7=0.93",
                    "UN@13b9e391")
                .stored(),
            "name 'Иванов Иван', born 1980-02-03; 1 hit(s) [UN:7=0.93]; lists UN@13b9e391"
          },
          new String[] {
            "LOOKOUT_FEEDBACK",
            AuditDetail.of("lookout.feedback", 12, "SEARCHED_SEIZED").stored(),
            "inspection 12: SEARCHED_SEIZED"
          },
          new String[] {
            "INSPECTION_HITS_DECIDED",
            AuditDetail.of("inspection.hitsDecided", 2, "CLEARED", "SEARCHED").stored(),
            "2 hits: CLEARED -> SEARCHED"
          },
          new String[] {
            "INSPECTION_HITS_DECIDED",
            AuditDetail.of("inspection.hitsDecidedWhy", 1, "CLEARED", "CLEARED", "однофамилец")
                .stored(),
            "1 hits: CLEARED -> CLEARED (однофамилец)"
          },
          new String[] {
            "SEIZURES_EXPORTED",
            AuditDetail.of(
                    "seizure.exported", 3, "csv", "2025-01-01", "2025-12-31", "—", "HEROIN", "—")
                .stored(),
            "3 seizures, UNODC columns, csv, 2025-01-01..2025-12-31 drug HEROIN"
          },
          new String[] {
            "SEIZURE_STATISTICS_EXPORTED",
            AuditDetail.of(
                    "seizure.chartExported", "DRUG", "2025-01-01", "2025-12-31", "ALMATY", "—", "—")
                .stored(),
            "chart DRUG 2025-01-01..2025-12-31 region ALMATY"
          },
          new String[] {
            "SEIZURE_STATISTICS_EXPORTED",
            AuditDetail.of("seizure.arqExported", 2025, "xlsx").stored(),
            "annual report questionnaire 2025 xlsx"
          },
          new String[] {
            "SEIZURE_FILE_ADDED",
            AuditDetail.of("seizure.fileAdded", "фото.jpg", 2048).stored(),
            "фото.jpg 2048 bytes"
          },
          new String[] {
            "TARGETING_RULES_SAVED",
            AuditDetail.of("targeting.rulesSaved", 4, "порог снижен").stored(),
            "4 rules: порог снижен"
          },
          new String[] {
            "PROGRAM_EXPORT", AuditDetail.of("program.exported", "xlsx", 7).stored(), "xlsx 7 rows"
          },
          new String[] {
            "PROGRAM_EXPORT",
            AuditDetail.of("program.exportedFiltered", "csv", 7, "year=2025").stored(),
            "csv 7 rows filter year=2025"
          },
          new String[] {
            "PROGRAM_CREATE",
            AuditDetail.of(
                    "program.endUseCheck",
                    "Сканер (Хоргос)",
                    "2025-03-04",
                    "Ким В.",
                    "true",
                    "false",
                    "true")
                .stored(),
            "Сканер (Хоргос): 2025-03-04 by Ким В. present=true working=false usedAsIntended=true"
          },
          new String[] {
            "RESULTS_EXPORT",
            AuditDetail.of("results.exported", "csv", "program", "KZ-2009", 9).stored(),
            "csv program KZ-2009, 9 rows"
          },
          new String[] {
            "TIP_CASE_CREATED",
            AuditDetail.of("tip.created", "POSSIBLE").stored(),
            "assessment POSSIBLE"
          },
          new String[] {"TIP_CASE_UPDATED", AuditDetail.of("tip.profile").stored(), "profile"},
          new String[] {
            "TIP_CONSENT_WITHDRAWN",
            AuditDetail.of("tip.consentWithdrawn").stored(),
            "personal data erased"
          },
          new String[] {"TIP_CASES_LISTED", AuditDetail.of("tip.listedAll").stored(), "all"},
          new String[] {"TIP_CASES_LISTED", AuditDetail.of("tip.listedOpen").stored(), "open"},
          new String[] {
            "AUDIT_VERIFIED",
            new AuditVerification(1843, List.of(), 12, 0).facts().stored(),
            "audit chain intact: 1843 entries, 12 anchors"
          },
          new String[] {
            "AUDIT_VERIFIED",
            new AuditVerification(10, List.of(new AuditVerification.Problem(3, "hash")), 1, 2)
                .facts()
                .stored(),
            "audit chain BROKEN: 1 bad entry (10 entries, 1 anchor, 2 old entries not checkable)"
          },
          new String[] {
            "TRAINING_PLAN_SET", AuditDetail.of("training.planSet", 2025, 4).stored(), "FY2025: 4"
          },
          new String[] {
            "TRAINING_COURSE_UPDATED",
            AuditDetail.of("training.courseUpdated", "Основы", 80, "70").stored(),
            "Основы; rule 80% / 70"
          },
          new String[] {
            "RESULTS_VALUE_REJECTED",
            AuditDetail.of("results.valueDecided", "1.1", 2025, "12.5", "Ким В.").stored(),
            "1.1 2025 = 12.5 entered by Ким В."
          });

  /** English words of the sentences, which must not show in Russian or Kazakh. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(in|as|roles|agency|needs|request|by|approved|rejected|wrong|password|scope|expires|was|rows?|result|name|"
              + "born|nationality|document|hits?|lists|inspection|seizures?|columns|region|drug|chart|annual|bytes|rules|"
              + "filter|present|working|used|assessment|profile|personal|all|open|true|false|FY|rule|entered|chain|anchors?|entries|bad|old|WAITLISTED|CLEARED|SEARCHED|"
              + "SEARCHED_SEIZED|DRUG|POSSIBLE|OWN_ACCOUNT|VICTIM_RECORDS|program)\\b");

  @Test
  void detailsWrittenAsFactsAndTheirOldSentencesReadTheSameInEveryLanguage() {
    var w = words();
    for (String[] c : WRITTEN_AND_OLD) {
      for (Locale locale : List.of(RU, KK, Locale.ENGLISH)) {
        String written = w.detail(entry(c[0], c[1]), locale);
        assertThat(w.detail(entry(c[0], c[2]), locale)).as(c[2]).isEqualTo(written);
        if (!locale.equals(Locale.ENGLISH)) {
          assertThat(ENGLISH.matcher(written).find()).as(locale + ": " + written).isFalse();
        }
      }
    }
    assertThat(w.detail(entry("INSPECTION_HITS_DECIDED", WRITTEN_AND_OLD.get(14)[1]), RU))
        .isEqualTo("совпадений: 1; пропущен -> пропущен (однофамилец)");
    assertThat(w.detail(entry("PROGRAM_CREATE", WRITTEN_AND_OLD.get(22)[1]), KK))
        .isEqualTo(
            "Сканер (Хоргос): 04.03.2025, тексерген Ким В.; бар: иә, жұмыс істейді: жоқ, мақсаты бойынша пайдаланылады: иә");
    assertThat(w.detail(entry("SEIZURES_EXPORTED", WRITTEN_AND_OLD.get(15)[1]), Locale.ENGLISH))
        .isEqualTo(
            "3 seizures, UNODC columns, csv, 01.01.2025..31.12.2025, region —, drug HEROIN, agency —");
    // An old sentence of a known action but another shape shows as stored.
    assertThat(w.detail(entry("PROGRAM_CREATE", "KZ-2009 Программа"), RU))
        .isEqualTo("KZ-2009 Программа");
  }

  @Test
  void roleListsReadAsTheReadersRoleNames() {
    var w = words();
    var created =
        AuditDetail.of("account.created", "ivanov", "MVD", "[ANALYST, TIP_CASEWORKER]").stored();
    assertThat(w.detail(entry("ACCOUNT_CREATED", created), RU))
        .isEqualTo("ivanov в MVD, роли Аналитик, Специалист по делам о торговле людьми");
    assertThat(w.detail(entry("ACCOUNT_CREATED", "ivanov in MVD as [ANALYST]"), KK))
        .isEqualTo("ivanov, ведомство MVD, рөлдер Талдаушы");
    assertThat(
            w.detail(
                entry("ACCOUNT_UPDATED", "ivanov: agency MVD -> KNB, roles [ANALYST] -> []"), RU))
        .isEqualTo("ivanov: ведомство MVD -> KNB, роли Аналитик -> без ролей");
    // A bracketed text that is not a list of roles is data: as stored.
    assertThat(w.detail(entry("ACCOUNT_CREATED", "ivanov in MVD as [ADMIN]"), RU))
        .isEqualTo("ivanov в MVD, роли [ADMIN]");
  }

  @Test
  void refusedListUploadsAndApiReadsAreWordedInTheReadersLanguage() {
    var w = words();
    var refused =
        AuditDetail.of("watchlist.uploadRefused", "un.xml", "un.xml, line 3", "malformed XML")
            .stored();
    assertThat(w.detail(entry("WATCHLIST_UPLOAD_REFUSED", refused), RU))
        .isEqualTo("файлы un.xml отклонены, ничего не сохранено: un.xml, line 3: malformed XML");
    assertThat(
            w.detail(
                entry("WATCHLIST_UPLOAD_REFUSED", "un.xml: un.xml, line 3: malformed XML"), KK))
        .isEqualTo(
            "un.xml файлдары қабылданбады, ештеңе сақталмады: un.xml, line 3: malformed XML");
    for (String stored : List.of(AuditDetail.of("inspection.viewedApi").stored(), "api")) {
      assertThat(w.detail(entry("INSPECTION_VIEWED", stored), RU)).isEqualTo("через API");
      assertThat(w.detail(entry("INSPECTION_VIEWED", stored), KK)).isEqualTo("API арқылы");
    }
    for (String stored :
        List.of(AuditDetail.of("inspection.viewedApiPersons").stored(), "api: persons")) {
      assertThat(w.detail(entry("INSPECTION_VIEWED", stored), RU))
          .isEqualTo("лица проверки, через API");
    }
  }

  @Test
  void recordedSeizuresAreWordedInTheReadersLanguageOldAndNew() {
    var w = words();
    var facts = AuditDetail.of("seizure.recorded", "CP-M39-MERKE", "HEROIN", "12.5", "KG").stored();
    for (String stored : List.of(facts, "CP-M39-MERKE HEROIN 12.5 KG")) {
      assertThat(w.detail(entry("SEIZURE_RECORDED", stored), RU))
          .isEqualTo("CP-M39-MERKE: героин, 12.5 кг");
      assertThat(w.detail(entry("SEIZURE_RECORDED", stored), KK))
          .isEqualTo("CP-M39-MERKE: героин, 12.5 кг");
      assertThat(w.detail(entry("SEIZURE_RECORDED", stored), Locale.ENGLISH))
          .isEqualTo("CP-M39-MERKE: heroin, 12.5 kg");
    }
    assertThat(
            w.detail(
                entry(
                    "SEIZURE_RECORDED",
                    AuditDetail.of(
                            "seizure.recorded", "BCP-KORDAY", "HERBAL_CANNABIS", "3", "UNITS")
                        .stored()),
                KK))
        .isEqualTo("BCP-KORDAY: марихуана, 3 дана");
  }

  @Test
  void everyDetailKeyHasWordsInEveryLanguageWithoutTheEnglishSentence() throws Exception {
    var en = props("i18n/identity.properties");
    var problems = new ArrayList<String>();
    for (String lang : List.of("ru", "kk")) {
      var other = props("i18n/identity_" + lang + ".properties");
      for (String key : en.stringPropertyNames()) {
        if (key.startsWith("audit.detail.")
            && (other.getProperty(key) == null
                || (other.getProperty(key).equals(en.getProperty(key))
                    && en.getProperty(key).matches(".*[a-z]{3,}.*")))) {
          problems.add(lang + " " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Properties props(String name) throws Exception {
    var p = new Properties();
    try (var in = AuditWordsTest.class.getClassLoader().getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
