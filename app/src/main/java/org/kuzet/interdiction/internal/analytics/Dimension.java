package org.kuzet.interdiction.internal.analytics;

/** What a chart of seizures is broken down by. */
public enum Dimension {
  MONTH,
  DRUG,
  POST,
  REGION,
  ROUTE,
  CONCEALMENT,
  AGENCY
}
