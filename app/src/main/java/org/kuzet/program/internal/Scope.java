package org.kuzet.program.internal;

import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/**
 * What part of the program a user may read: everything (program managers), or only the projects
 * implemented by one partner agency.
 */
record Scope(@Nullable AgencyCode partnerAgency) {

  static final Scope EVERYTHING = new Scope(null);

  static Scope partner(AgencyCode agency) {
    return new Scope(agency);
  }

  boolean everything() {
    return partnerAgency == null;
  }
}
