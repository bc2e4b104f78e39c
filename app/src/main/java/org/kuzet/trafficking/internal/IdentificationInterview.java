package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the answers of the identification interview into an assessment, following the structure of
 * the Palermo Protocol: trafficking is a purpose of exploitation reached by some means of control.
 * For a child the means need not be shown.
 *
 * <ul>
 *   <li>STRONG: exploitation is indicated (one strong or two medium purpose indicators) and so is
 *       control (one strong or two medium means indicators), or the person is a child.
 *   <li>POSSIBLE: any strong indicator, two or more medium ones, or exploitation of a child
 *       indicated by a weak sign only.
 *   <li>NONE: otherwise; several unanswered questions are pointed out either way.
 * </ul>
 */
public final class IdentificationInterview {

  /** From this many unanswered questions on, the officer is told to complete the interview. */
  static final int MANY_UNANSWERED = 5;

  private IdentificationInterview() {}

  public static Assessment assess(Map<Indicator, Answer> answers, @Nullable Integer age) {
    var all = new EnumMap<Indicator, Answer>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      all.put(i, answers.getOrDefault(i, Answer.UNKNOWN));
    }
    boolean minor = all.get(Indicator.MINOR) == Answer.YES || (age != null && age < 18);
    List<Indicator> present =
        all.entrySet().stream()
            .filter(e -> e.getValue() == Answer.YES && e.getKey() != Indicator.MINOR)
            .map(Map.Entry::getKey)
            .toList();
    int unanswered =
        (int)
            all.entrySet().stream()
                .filter(e -> e.getValue() == Answer.UNKNOWN && e.getKey() != Indicator.MINOR)
                .count();

    int strongMeans = count(present, Indicator.Element.MEANS, Indicator.Weight.STRONG);
    int mediumMeans = count(present, Indicator.Element.MEANS, Indicator.Weight.MEDIUM);
    int strongPurpose = count(present, Indicator.Element.PURPOSE, Indicator.Weight.STRONG);
    int mediumPurpose = count(present, Indicator.Element.PURPOSE, Indicator.Weight.MEDIUM);
    int weakPurpose = count(present, Indicator.Element.PURPOSE, Indicator.Weight.WEAK);
    boolean purpose = strongPurpose >= 1 || mediumPurpose >= 2;
    boolean means = strongMeans >= 1 || mediumMeans >= 2;
    int strongAny = strongMeans + strongPurpose;
    int mediumAny = mediumMeans + mediumPurpose;

    var reasons = new ArrayList<String>();
    AssessmentLevel level;
    if (purpose && (means || minor)) {
      level = AssessmentLevel.STRONG;
      reasons.add(minor && !means ? "tip.reason.childExploited" : "tip.reason.meansAndPurpose");
    } else if (strongAny >= 1 || mediumAny >= 2 || (minor && (mediumPurpose + weakPurpose) >= 1)) {
      level = AssessmentLevel.POSSIBLE;
      reasons.add(
          purpose
              ? "tip.reason.purposeWithoutMeans"
              : means ? "tip.reason.meansWithoutPurpose" : "tip.reason.someIndicators");
    } else {
      level = AssessmentLevel.NONE;
      reasons.add(present.isEmpty() ? "tip.reason.noIndicators" : "tip.reason.weakOnly");
    }
    if (minor) {
      reasons.add("tip.reason.minor");
    }

    var steps = new ArrayList<String>();
    switch (level) {
      case STRONG -> {
        steps.add("tip.step.safety");
        steps.add("tip.step.nonPunishment");
        steps.add("tip.step.referShelterMedical");
        steps.add("tip.step.informRights");
        steps.add("tip.step.notifyInvestigator");
      }
      case POSSIBLE -> {
        steps.add("tip.step.fullInterview");
        steps.add("tip.step.offerAssistance");
        steps.add("tip.step.consultAntiTip");
      }
      case NONE -> steps.add("tip.step.hotline");
    }
    if (minor) {
      steps.add(0, "tip.step.childProtection");
    }
    if (unanswered >= MANY_UNANSWERED) {
      steps.add("tip.step.completeInterview");
    }
    return new Assessment(level, present, reasons, steps, unanswered);
  }

  private static int count(
      List<Indicator> present, Indicator.Element element, Indicator.Weight weight) {
    return (int) present.stream().filter(i -> i.element == element && i.weight == weight).count();
  }
}
