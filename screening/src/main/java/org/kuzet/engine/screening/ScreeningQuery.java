package org.kuzet.engine.screening;

import org.jspecify.annotations.Nullable;

/**
 * What is screened: a name and, when known, supporting facts that raise or lower the score.
 *
 * @param name the name in any script and order (required)
 * @param birthDate birth date, or null
 * @param nationality nationality as a country name or ISO 3166 code (any language the JDK knows,
 *     e.g. "Kazakhstan", "KZ", "KAZ", "Казахстан"), or null
 * @param documentNumber passport or identity document number, or null
 */
public record ScreeningQuery(
    String name,
    @Nullable BirthDate birthDate,
    @Nullable String nationality,
    @Nullable String documentNumber) {

  public ScreeningQuery {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("query name is blank");
    }
    nationality = nationality == null || nationality.isBlank() ? null : nationality.strip();
    documentNumber =
        documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
  }

  /** A query by name alone. */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, null, null, null);
  }
}
