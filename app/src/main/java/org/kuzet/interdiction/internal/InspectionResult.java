package org.kuzet.interdiction.internal;

/** What came of an inspection. */
public enum InspectionResult {
  CLEARED, SEARCHED, DETAINED, SEIZED
}
