package org.kuzet.trafficking.internal;

/** What the interview indicates. */
enum AssessmentLevel {
  STRONG,
  POSSIBLE,
  NONE;

  String labelKey() {
    return "tip.assessment." + name();
  }
}
