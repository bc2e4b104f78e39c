package org.kuzet.trafficking.internal;

/** The victim's relationship to the recruiter, in the CTDC's {@code recruiterRelationship}. */
public enum RecruiterRelationship {
  INTIMATE_PARTNER("Intimate partner"),
  FRIEND("Friend"),
  FAMILY("Family/relative"),
  OTHER("Other"),
  UNKNOWN("Unknown");

  final String ctdc;

  RecruiterRelationship(String ctdc) {
    this.ctdc = ctdc;
  }
}
