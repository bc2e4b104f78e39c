package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditEntry;
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
    assertThat(d.stored()).startsWith("{\"k\":\"watchlist.uploaded\",\"a\":[\"UN \\\"list\\\"\",8,");
    assertThat(AuditDetail.read(d.stored())).contains(
        new AuditDetail("watchlist.uploaded", List.of("UN \"list\"", 8L, "ab12", "un.xml", 1L, 2L, 3L)));
    assertThat(AuditDetail.read("agency X")).isEmpty();
    assertThat(AuditDetail.read("{\"k\":\"bad key!\",\"a\":[]}")).isEmpty();
    assertThat(AuditDetail.read("{\"k\":")).isEmpty();
  }

  @Test
  void factsAreWordedInTheReadersLanguage() {
    var w = words();
    var uploaded = entry("WATCHLIST_VERSION_UPLOADED",
        AuditDetail.of("watchlist.uploaded", "KZ-NATIONAL", 8, "13b9e391", "kz.csv", 1, 0, 2).stored());
    assertThat(w.detail(uploaded, RU)).isEqualTo("KZ-NATIONAL: 8 записей, sha256 13b9e391, файл kz.csv; добавлено 1, изменено 0, удалено 2");
    assertThat(w.detail(uploaded, Locale.ENGLISH)).isEqualTo("KZ-NATIONAL: 8 entries, sha256 13b9e391, from kz.csv; added 1, changed 0, removed 2");
    assertThat(w.detail(uploaded, KK)).isEqualTo("KZ-NATIONAL: 8 жазба, sha256 13b9e391, файл kz.csv; қосылды 1, өзгертілді 0, жойылды 2");
    // A date kept as ISO text reads in the reader's date pattern.
    var approved = entry("CURRICULUM_APPROVED", AuditDetail.of("training.curriculumApproved", 3, "Ким В.", "2008-10-13").stored());
    assertThat(w.detail(approved, RU)).isEqualTo("версия 3, утвердил(а) Ким В. 13.10.2008");
  }

  @Test
  void sentencesWrittenBeforeFactsReadBackAndTheRestShowsAsStored() {
    var w = words();
    assertThat(w.detail(entry("WATCHLIST_VERSION_ACTIVATED", "KZ-NATIONAL version 2 (sha256 13b9e391, 8 entries) is now active"), RU))
        .isEqualTo("Версия 2 списка KZ-NATIONAL (sha256 13b9e391, 8 записей) теперь действует");
    assertThat(w.detail(entry("TRAINING_SESSION_COMPLETED", "10 certificates issued; FY2008"), KK))
        .isEqualTo("Берілген сертификаттар: 10; АҚШ-тың 2008 қаржы жылы");
    assertThat(w.detail(entry("TIP_CASE_REFUSED", "agency BORDER_GUARDS"), RU)).isEqualTo("ведомство BORDER_GUARDS");
    assertThat(w.detail(entry("finintel.case.refused", "agency BORDER_GUARDS"), RU)).isEqualTo("ведомство BORDER_GUARDS");
    assertThat(w.detail(entry("SIGN_IN", "password, waiting for approval"), RU)).isEqualTo("по паролю, ожидает одобрения");
    assertThat(w.detail(entry("SEARCH", "\"Жанибеков\": 3 hits"), RU)).isEqualTo("«Жанибеков»: найдено 3");
    assertThat(w.detail(entry("ACCOUNT_LOCKED", "5 wrong passwords from 203.0.113.7; that address is locked out for PT15M"), RU))
        .isEqualTo("Неверных паролей с адреса 203.0.113.7: 5; адрес заблокирован на 15 мин.");
    assertThat(w.detail(entry("SIGN_IN_FAILED", "password: wrong username or password"), KK))
        .isEqualTo("құпиясөзбен: пайдаланушы аты немесе құпиясөз қате");
    assertThat(w.detail(entry("INSPECTION_LOGGED", "CP-M39-01 123ABC02, 2 persons, 1 hits, confirmed duplicate of 77"), RU))
        .isEqualTo("CP-M39-01 123ABC02, лиц: 2, совпадений: 1, подтверждённый дубликат проверки 77");
    assertThat(w.detail(entry("TRAINING_SESSION_SCHEDULED", "AML-101 2008-10-13..2008-10-17 at FPA, curriculum v2"), KK))
        .isEqualTo("AML-101, 13.10.2008–17.10.2008, орталық FPA, оқу бағдарламасының 2 нұсқасы");
    // Not a known sentence of its action: as stored.
    assertThat(w.detail(entry("SIGN_IN", "something new"), RU)).isEqualTo("something new");
    assertThat(w.detail(entry("SEIZURE_FILE_VIEWED", "photo.jpg"), RU)).isEqualTo("photo.jpg");
    assertThat(w.detail("X", null, RU)).isEmpty();
  }

  @Test
  void everyDetailKeyHasWordsInEveryLanguageWithoutTheEnglishSentence() throws Exception {
    var en = props("i18n/identity.properties");
    var problems = new ArrayList<String>();
    for (String lang : List.of("ru", "kk")) {
      var other = props("i18n/identity_" + lang + ".properties");
      for (String key : en.stringPropertyNames()) {
        if (key.startsWith("audit.detail.") && (other.getProperty(key) == null
            || (other.getProperty(key).equals(en.getProperty(key)) && en.getProperty(key).matches(".*[a-z]{3,}.*")))) {
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
