package org.kuzet.engine.screening.text;

/** What a name token is, which decides how much it weighs in a match. */
public enum TokenRole {
  /** An ordinary name part. */
  NAME(1.0),
  /** A single letter, usually an initial. */
  INITIAL(0.5),
  /** A connecting particle such as al, bin, van, de. */
  PARTICLE(0.3),
  /** A company legal form (LLC, AG, Ltd ...), in canonical short form. */
  LEGAL_FORM(0.25);

  private final double weight;

  TokenRole(double weight) {
    this.weight = weight;
  }

  /** The weight of a token of this role in the name score. */
  public double weight() {
    return weight;
  }
}
