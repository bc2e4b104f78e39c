package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interview's assessment follows the act-means-purpose structure of the definition. */
class IdentificationInterviewTest {

  static Map<Indicator, Answer> yes(Indicator... indicators) {
    var answers = new EnumMap<Indicator, Answer>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      answers.put(i, Answer.NO);
    }
    for (Indicator i : indicators) {
      answers.put(i, Answer.YES);
    }
    return answers;
  }

  @Test
  void exploitationWithAMeansOfControlIsAStrongIndication() {
    var a =
        IdentificationInterview.assess(yes(Indicator.DEBT_BONDAGE, Indicator.FORCED_LABOUR), 30);
    assertThat(a.level()).isEqualTo(AssessmentLevel.STRONG);
    assertThat(a.present()).containsExactly(Indicator.DEBT_BONDAGE, Indicator.FORCED_LABOUR);
    assertThat(a.reasonKeys()).containsExactly("tip.reason.meansAndPurpose");
    assertThat(a.nextStepKeys()).contains("tip.step.referShelterMedical", "tip.step.nonPunishment");
    assertThat(a.unanswered()).isZero();
  }

  @Test
  void twoMediumSignsOfEachElementAlsoCount() {
    var a =
        IdentificationInterview.assess(
            yes(
                Indicator.ISOLATION,
                Indicator.CONTROLLED_BY_OTHERS,
                Indicator.EXCESSIVE_HOURS,
                Indicator.WITHHELD_WAGES),
            40);
    assertThat(a.level()).isEqualTo(AssessmentLevel.STRONG);
  }

  @Test
  void exploitationAloneIsPossibleForAnAdultButStrongForAChild() {
    var adult = IdentificationInterview.assess(yes(Indicator.SEXUAL_EXPLOITATION), 25);
    assertThat(adult.level()).isEqualTo(AssessmentLevel.POSSIBLE);
    assertThat(adult.reasonKeys()).contains("tip.reason.purposeWithoutMeans");
    var child = IdentificationInterview.assess(yes(Indicator.SEXUAL_EXPLOITATION), 15);
    assertThat(child.level()).isEqualTo(AssessmentLevel.STRONG);
    assertThat(child.reasonKeys()).contains("tip.reason.childExploited", "tip.reason.minor");
    assertThat(child.nextStepKeys().get(0)).isEqualTo("tip.step.childProtection");
    var askedChild =
        IdentificationInterview.assess(yes(Indicator.SEXUAL_EXPLOITATION, Indicator.MINOR), null);
    assertThat(askedChild.level()).isEqualTo(AssessmentLevel.STRONG);
  }

  @Test
  void meansWithoutExploitationIsPossible() {
    var a = IdentificationInterview.assess(yes(Indicator.DOCUMENTS_CONFISCATED), 33);
    assertThat(a.level()).isEqualTo(AssessmentLevel.POSSIBLE);
    assertThat(a.reasonKeys()).contains("tip.reason.meansWithoutPurpose");
    assertThat(a.nextStepKeys()).contains("tip.step.fullInterview");
  }

  @Test
  void weakSignsOrNothingAreNoIndicationAndUnansweredQuestionsAreFlagged() {
    var weak = IdentificationInterview.assess(yes(Indicator.DEGRADING_CONDITIONS), 30);
    assertThat(weak.level()).isEqualTo(AssessmentLevel.NONE);
    assertThat(weak.reasonKeys()).containsExactly("tip.reason.weakOnly");
    var nothing = IdentificationInterview.assess(Map.of(), null);
    assertThat(nothing.level()).isEqualTo(AssessmentLevel.NONE);
    assertThat(nothing.unanswered()).isEqualTo(Indicator.values().length - 1);
    assertThat(nothing.nextStepKeys()).contains("tip.step.hotline", "tip.step.completeInterview");
  }
}
