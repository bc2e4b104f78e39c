package org.kuzet.identity;

/** What a user does in Kuzet. A user holds one or more roles, always within one agency. */
public enum Role {
  ADMINISTRATOR,
  PROGRAM_MANAGER,
  PARTNER,
  CHECKPOINT_OFFICER,
  BORDER_OFFICER,
  ANALYST,
  FINANCIAL_INVESTIGATOR,
  TRAINING_COORDINATOR,
  TIP_CASEWORKER;

  /** The Spring Security authority for this role, e.g. {@code ROLE_ANALYST}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The message key of the role's display name. */
  public String messageKey() {
    return "role." + name();
  }
}
