package org.kuzet.program.internal;

import org.jspecify.annotations.Nullable;

/**
 * What part of the program a user may read: everything (program managers), or only the projects
 * implemented by one partner agency.
 */
record Scope(@Nullable String partnerAgency) {

  static final Scope EVERYTHING = new Scope(null);

  static Scope partner(String agency) {
    return new Scope(agency);
  }

  boolean everything() {
    return partnerAgency == null;
  }
}
