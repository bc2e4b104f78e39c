package org.kuzet.engine.finintel.goaml;

import org.jspecify.annotations.Nullable;

/** A legal entity ({@code t_entity}). */
public record GoAmlEntity(
    String name, @Nullable String incorporationNumber, @Nullable String incorporationCountry) {
  public GoAmlEntity {
    Require.text(name, "name");
  }
}
