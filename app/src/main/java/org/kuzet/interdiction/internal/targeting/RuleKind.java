package org.kuzet.interdiction.internal.targeting;

/**
 * What a targeting rule looks at. A kind fixes how its parameter is read: a threshold (a whole
 * number), a list of words or places separated by commas, or nothing.
 */
public enum RuleKind {
  /** The plate or a traveller is on an active lookout that reaches the post. */
  ACTIVE_LOOKOUT(Parameter.NONE),
  /** A seizure was made on an earlier inspection of the same plate. */
  PLATE_PRIOR_SEIZURE(Parameter.NONE),
  /**
   * A traveller (same document, or same name and birth date) was on an inspection with a seizure.
   */
  PERSON_PRIOR_SEIZURE(Parameter.NONE),
  /**
   * The time since the vehicle's previous post is outside the usual range for that pair of posts.
   */
  TRAVEL_TIME_ANOMALY(Parameter.NONE),
  /**
   * At least N seizures in the last year on inspections with the same declared origin and
   * destination.
   */
  ROUTE_PRIOR_SEIZURES(Parameter.THRESHOLD),
  /** The declared cargo appears in the concealment of at least N seizures in the last year. */
  CONCEALMENT_PATTERN(Parameter.THRESHOLD),
  /** The vehicle was seen at least N times at the posts in the last 30 days. */
  PLATE_FREQUENT(Parameter.THRESHOLD),
  /** The declared origin is one of the listed places. */
  DECLARED_ORIGIN(Parameter.WORDS),
  /** The declared destination is one of the listed places. */
  DECLARED_DESTINATION(Parameter.WORDS),
  /** The declared cargo contains one of the listed words. */
  CARGO_WORDS(Parameter.WORDS),
  /** The plate is registered in one of the listed countries (ISO 3166 two-letter codes). */
  PLATE_COUNTRY(Parameter.WORDS),
  /** The vehicle type is one of the listed types (CAR, VAN, TRUCK, BUS, MOTORCYCLE, OTHER). */
  VEHICLE_TYPE(Parameter.WORDS);

  /** How the rule's parameter is read. */
  public enum Parameter {
    NONE,
    THRESHOLD,
    WORDS
  }

  private final Parameter parameter;

  RuleKind(Parameter parameter) {
    this.parameter = parameter;
  }

  public Parameter parameter() {
    return parameter;
  }
}
