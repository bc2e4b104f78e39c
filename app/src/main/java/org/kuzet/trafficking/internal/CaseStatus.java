package org.kuzet.trafficking.internal;

/** HTCDS {@code cas_Status}. */
public enum CaseStatus {
  ACTIVE,
  FOLLOW_UP,
  CLOSED,
  CLOSED_REFERRED
}
