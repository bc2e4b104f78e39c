package org.kuzet.interdiction.internal.inspection;

/** What came of an inspection. */
public enum InspectionResult {
  CLEARED,
  SEARCHED,
  DETAINED,
  SEIZED
}
