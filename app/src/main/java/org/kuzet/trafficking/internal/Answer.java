package org.kuzet.trafficking.internal;

/** An answer of the interview: an unasked or unclear question is UNKNOWN, never NO. */
public enum Answer {
  YES,
  NO,
  UNKNOWN
}
