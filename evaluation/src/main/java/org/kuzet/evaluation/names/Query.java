package org.kuzet.evaluation.names;

/**
 * One row of the output before it gets its id. Expected fields are empty for negatives.
 *
 * @param kind positive or negative
 * @param form how the name is written (full, initials, typo, ...)
 * @param system the writing system code
 */
record Query(
    String kind,
    String form,
    String system,
    String query,
    String birthDate,
    String nationality,
    String expectedList,
    String expectedId,
    String expectedName,
    String note) {

  static final String POSITIVE = "positive";
  static final String NEGATIVE = "negative";
}
