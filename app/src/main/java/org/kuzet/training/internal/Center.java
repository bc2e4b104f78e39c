package org.kuzet.training.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.LocalNames;

/**
 * A training center, hosted by one agency whose coordinators edit it. Its name is kept in a base
 * language with optional Russian and Kazakh names.
 */
public record Center(
    CenterId id,
    String code,
    String name,
    String venue,
    String city,
    AgencyCode hostingAgency,
    int classrooms,
    int dormitoryBeds,
    int sessionCapacity,
    int sessionsPerYear,
    @Nullable String notes,
    boolean illustrative,
    @Nullable String nameRu,
    @Nullable String nameKk) {

  /** The name in the reader's language, or the base name where it has none. */
  public String name(Locale locale) {
    return LocalNames.in(locale, name, nameRu, nameKk);
  }
}
