package org.kuzet.trafficking.internal;

/** The assistance a victim is referred to. */
public enum ReferralService {
  SHELTER,
  MEDICAL,
  PSYCHOSOCIAL,
  LEGAL,
  RETURN,
  REINTEGRATION
}
