package org.kuzet.trafficking.internal;

/**
 * The questions of the identification interview, drawn from the indicators recognised by UNODC, the
 * ILO and OSCE/ODIHR. Each belongs to one element of the Palermo Protocol's definition (the means
 * used to control a person, or the purpose of exploitation) and carries a weight: a single strong
 * indicator is grounds for suspicion, a medium or weak one only together with others.
 */
public enum Indicator {
  DECEPTIVE_RECRUITMENT(Element.MEANS, Weight.STRONG),
  DEBT_BONDAGE(Element.MEANS, Weight.STRONG),
  DOCUMENTS_CONFISCATED(Element.MEANS, Weight.STRONG),
  RESTRICTED_MOVEMENT(Element.MEANS, Weight.STRONG),
  THREATS_OR_VIOLENCE(Element.MEANS, Weight.STRONG),
  ISOLATION(Element.MEANS, Weight.MEDIUM),
  CONTROLLED_BY_OTHERS(Element.MEANS, Weight.MEDIUM),
  FEAR_OF_AUTHORITIES(Element.MEANS, Weight.WEAK),
  FORCED_LABOUR(Element.PURPOSE, Weight.STRONG),
  SEXUAL_EXPLOITATION(Element.PURPOSE, Weight.STRONG),
  FORCED_CRIMINALITY(Element.PURPOSE, Weight.STRONG),
  EXCESSIVE_HOURS(Element.PURPOSE, Weight.MEDIUM),
  WITHHELD_WAGES(Element.PURPOSE, Weight.MEDIUM),
  DEGRADING_CONDITIONS(Element.PURPOSE, Weight.WEAK),
  MINOR(Element.VULNERABILITY, Weight.MODIFIER);

  enum Element {
    MEANS,
    PURPOSE,
    VULNERABILITY
  }

  enum Weight {
    STRONG,
    MEDIUM,
    WEAK,
    MODIFIER
  }

  final Element element;
  final Weight weight;

  Indicator(Element element, Weight weight) {
    this.element = element;
    this.weight = weight;
  }

  /** Message key of the question asked. */
  String questionKey() {
    return "tip.indicator." + name() + ".question";
  }

  /** Message key of the short name used in reasons and lists. */
  String labelKey() {
    return "tip.indicator." + name();
  }
}
