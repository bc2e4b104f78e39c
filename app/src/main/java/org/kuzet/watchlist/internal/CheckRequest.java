package org.kuzet.watchlist.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningQuery;

/**
 * A name to screen, with the supporting facts an officer may know (the API's JSON body and the
 * screening page's form).
 *
 * @param name the name in any script and order
 * @param birthDate {@code 1979-04-12}, {@code 12.04.1979} or a year
 * @param nationality a country name or ISO code in any language the JDK knows
 * @param documentNumber passport or identity document number
 */
record CheckRequest(
    @NotBlank @Size(max = 200) @Nullable String name,
    @BirthDateText @Size(max = 40) @Nullable String birthDate,
    @Size(max = 60) @Nullable String nationality,
    @Size(max = 40) @Nullable String documentNumber) {

  static CheckRequest empty() {
    return new CheckRequest("", "", "", "");
  }

  /** The engine's query; call only on a validated request. */
  ScreeningQuery toQuery() {
    return new ScreeningQuery(
        name == null ? "" : name.strip(),
        birthDate == null || birthDate.isBlank() ? null : BirthDate.parse(birthDate),
        nationality,
        documentNumber);
  }
}
