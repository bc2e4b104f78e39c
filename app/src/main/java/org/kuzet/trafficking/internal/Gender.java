package org.kuzet.trafficking.internal;

/** HTCDS {@code prs_Gender}; the CTDC value is what statistics exports carry. */
public enum Gender {
  FEMALE("Female"),
  MALE("Male"),
  TRANSGENDER_NONCONFORMING("Transgender/NonConforming"),
  UNKNOWN("Unknown");

  final String ctdc;

  Gender(String ctdc) {
    this.ctdc = ctdc;
  }
}
