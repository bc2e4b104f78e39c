package org.kuzet.trafficking.internal;

/** HTCDS {@code cas_Status}. */
enum CaseStatus {
  ACTIVE,
  FOLLOW_UP,
  CLOSED,
  CLOSED_REFERRED
}
