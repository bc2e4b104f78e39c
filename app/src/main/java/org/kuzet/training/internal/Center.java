package org.kuzet.training.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.LocalNames;

/**
 * A training center, hosted by one agency whose coordinators edit it. Its name, venue, city and
 * notes are kept in a base language with optional Russian and Kazakh ones.
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
    @Nullable String nameKk,
    @Nullable String venueRu,
    @Nullable String venueKk,
    @Nullable String cityRu,
    @Nullable String cityKk,
    @Nullable String notesRu,
    @Nullable String notesKk) {

  /** A center whose venue, city and notes have no translations (yet). */
  public Center(
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
    this(
        id,
        code,
        name,
        venue,
        city,
        hostingAgency,
        classrooms,
        dormitoryBeds,
        sessionCapacity,
        sessionsPerYear,
        notes,
        illustrative,
        nameRu,
        nameKk,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The name in the reader's language, or the base name where it has none. */
  public String name(Locale locale) {
    return LocalNames.in(locale, name, nameRu, nameKk);
  }

  /** The venue in the reader's language, or the base text where it has none. */
  public String venue(Locale locale) {
    return LocalNames.in(locale, venue, venueRu, venueKk);
  }

  /** The city in the reader's language, or the base name where it has none. */
  public String city(Locale locale) {
    return LocalNames.in(locale, city, cityRu, cityKk);
  }

  /** The notes in the reader's language, or the base text where they have none; null when none. */
  public @Nullable String notes(Locale locale) {
    return notes == null ? null : LocalNames.in(locale, notes, notesRu, notesKk);
  }
}
