package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The templates name the labels of codes with computed keys (e.g. {@code 'tip.gender.' + g}), which
 * I18nTest cannot see: every code and every key the interview produces must exist.
 */
class TraffickingVocabularyTest {

  @Test
  void everyCodeAndAssessmentKeyHasATranslation() throws IOException {
    var keys = new ArrayList<String>();
    for (Indicator i : Indicator.values()) {
      keys.add("tip.indicator." + i.name());
      keys.add("tip.indicator." + i.name() + ".question");
    }
    add(keys, "tip.answer.", Answer.values());
    add(keys, "tip.assessment.", AssessmentLevel.values());
    add(keys, "tip.gender.", Gender.values());
    add(keys, "tip.relationship.", RecruiterRelationship.values());
    add(keys, "tip.exploitation.", ExploitationType.values());
    add(keys, "tip.recruitment.", RecruitmentMethod.values());
    add(keys, "tip.control.", MeansOfControl.values());
    add(keys, "tip.event.", EventKind.values());
    add(keys, "tip.service.", ReferralService.values());
    add(keys, "tip.referralStatus.", ReferralStatus.values());
    add(keys, "tip.caseStatus.", CaseStatus.values());
    add(keys, "tip.link.", LinkKind.values());
    add(keys, "tip.dimension.", Dimension.values());
    for (int age : new int[] {10, 40}) {
      for (var answers :
          List.of(
              IdentificationInterviewTest.yes(),
              IdentificationInterviewTest.yes(Indicator.values()),
              IdentificationInterviewTest.yes(Indicator.DOCUMENTS_CONFISCATED),
              IdentificationInterviewTest.yes(Indicator.FORCED_LABOUR),
              IdentificationInterviewTest.yes(Indicator.ISOLATION),
              IdentificationInterviewTest.yes(Indicator.DEGRADING_CONDITIONS))) {
        var a = IdentificationInterview.assess(answers, age);
        keys.addAll(a.reasonKeys());
        keys.addAll(a.nextStepKeys());
      }
    }
    keys.addAll(IdentificationInterview.assess(Map.of(), null).nextStepKeys());
    for (String bundle : List.of("trafficking", "trafficking_ru", "trafficking_kk")) {
      Properties p = load(bundle);
      assertThat(keys).as(bundle).allMatch(p::containsKey, "has a message");
    }
  }

  private static void add(List<String> keys, String prefix, Enum<?>[] values) {
    for (Enum<?> v : values) {
      keys.add(prefix + v.name());
    }
  }

  private static Properties load(String name) throws IOException {
    var p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            Path.of("src/main/resources/i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
