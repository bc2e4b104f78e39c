package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Countries;

/**
 * A driver or passenger as the officer records them.
 *
 * @param name the name as written on the document, in its own script
 * @param documentCountry ICAO three-letter code of the issuing state, or null
 * @param nationality ICAO three-letter code, or null
 * @param sex M, F or X, or null
 * @param fromMrz true when the fields were read from the document's machine-readable zone
 * @param documentExpiry the document's expiry date, read from the MRZ or typed, or null
 */
public record NewPerson(
    PersonRole role,
    String name,
    DocumentType documentType,
    @Nullable String documentNumber,
    @Nullable String documentCountry,
    @Nullable LocalDate birthDate,
    @Nullable String nationality,
    @Nullable String sex,
    boolean fromMrz,
    @Nullable LocalDate documentExpiry) {

  /** A person whose document's expiry is not known. */
  public NewPerson(
      PersonRole role,
      String name,
      DocumentType documentType,
      @Nullable String documentNumber,
      @Nullable String documentCountry,
      @Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      boolean fromMrz) {
    this(
        role,
        name,
        documentType,
        documentNumber,
        documentCountry,
        birthDate,
        nationality,
        sex,
        fromMrz,
        null);
  }

  public NewPerson {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(documentType, "documentType");
    name = name == null ? "" : name.strip();
    documentNumber = blankToNull(documentNumber, true);
    documentCountry = country(documentCountry);
    nationality = country(nationality);
    sex = blankToNull(sex, true);
  }

  /**
   * The stored country code for what was typed; text naming no country is kept for the rules to
   * refuse.
   */
  private static @Nullable String country(@Nullable String s) {
    String t = blankToNull(s, false);
    return t == null ? null : Countries.code(t).orElse(t);
  }

  private static @Nullable String blankToNull(@Nullable String s, boolean upper) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return upper ? t.toUpperCase(Locale.ROOT) : t;
  }
}
