package org.kuzet.interdiction.internal.lookout;

/** What a post did about a lookout match. */
public enum FeedbackAction {
  SEARCHED_NOTHING_FOUND,
  SEARCHED_SEIZED,
  DETAINED,
  LET_PASS_OBSERVED,
  NOT_STOPPED
}
