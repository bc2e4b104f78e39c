package org.kuzet.trafficking.internal;

import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Identification interviews as a caseworker fills them in: answers by indicator, and the age. */
final class InterviewFixtures {

  private InterviewFixtures() {}

  /**
   * A labourer held by a debt to the employer: a means of control and a purpose of exploitation.
   */
  static MultiValueMap<String, String> debtBondedLabourer() {
    return interview(
        30,
        Map.of(
            Indicator.DEBT_BONDAGE,
            Answer.YES,
            Indicator.FORCED_LABOUR,
            Answer.YES,
            Indicator.DECEPTIVE_RECRUITMENT,
            Answer.NO));
  }

  /** A migrant worker with no sign of trafficking among the questions answered. */
  static MultiValueMap<String, String> migrantWithoutSigns() {
    return interview(
        35,
        Map.of(
            Indicator.DEBT_BONDAGE,
            Answer.NO,
            Indicator.FORCED_LABOUR,
            Answer.NO,
            Indicator.RESTRICTED_MOVEMENT,
            Answer.NO));
  }

  private static MultiValueMap<String, String> interview(int age, Map<Indicator, Answer> answers) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("age", Integer.toString(age));
    answers.forEach((indicator, answer) -> form.add("answer." + indicator.name(), answer.name()));
    return form;
  }
}
