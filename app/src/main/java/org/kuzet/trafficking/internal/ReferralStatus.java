package org.kuzet.trafficking.internal;

/** Where a referral stands; the last three close it. */
public enum ReferralStatus {
  REQUESTED,
  ACCEPTED,
  IN_PROGRESS,
  COMPLETED,
  DECLINED,
  CANCELLED;

  boolean open() {
    return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
  }
}
