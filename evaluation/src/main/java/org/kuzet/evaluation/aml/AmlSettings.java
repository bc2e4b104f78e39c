package org.kuzet.evaluation.aml;

/**
 * What to generate: the seed, about how many rows, how many schemes of each typology, and over how
 * many days from 2022/09/01.
 */
record AmlSettings(long seed, int transactions, int schemesPerTypology, int days) {

  AmlSettings {
    if (transactions < 5_000) {
      throw new IllegalArgumentException(
          "at least 5000 transactions, so schemes have traffic to hide in");
    }
    if (schemesPerTypology < 1) {
      throw new IllegalArgumentException("at least one scheme per typology");
    }
    if (days < 14) {
      throw new IllegalArgumentException(
          "at least 14 days, so ten-day schemes fit with traffic around them");
    }
  }
}
