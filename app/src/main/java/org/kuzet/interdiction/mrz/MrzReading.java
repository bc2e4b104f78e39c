package org.kuzet.interdiction.mrz;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a machine-readable zone says, with the problems found in it. A reading with problems is
 * still returned so that the officer sees the values and which field failed its check digit.
 *
 * @param format TD1 or TD3
 * @param documentCode e.g. {@code P}, {@code PN}, {@code I}, {@code ID}
 * @param issuingState ICAO three-letter code of the issuing state (e.g. {@code KAZ}, {@code UTO})
 * @param surname primary identifier, fillers turned into spaces
 * @param givenNames secondary identifier, fillers turned into spaces; may be empty
 * @param documentNumber without fillers
 * @param nationality ICAO three-letter code
 * @param birthDate null when the zone gives it as unknown or it is not a date
 * @param sex M, F or X (unspecified)
 * @param expiryDate null when the zone gives it as unknown or it is not a date
 * @param optionalData personal number or other optional data, fillers removed; may be empty
 * @param problems check-digit failures and unreadable dates; empty when all is well
 */
public record MrzReading(
    MrzFormat format,
    String documentCode,
    String issuingState,
    String surname,
    String givenNames,
    String documentNumber,
    String nationality,
    @Nullable LocalDate birthDate,
    String sex,
    @Nullable LocalDate expiryDate,
    String optionalData,
    List<MrzProblem> problems) {

  public MrzReading {
    Objects.requireNonNull(format, "format");
    problems = List.copyOf(problems);
  }

  /** True when every check digit matched and every date could be read. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** The name as the document prints it in the zone: given names first, then the surname. */
  public String fullName() {
    return givenNames.isEmpty() ? surname : givenNames + " " + surname;
  }

  /** The problem reported for a field, if any. */
  public @Nullable MrzProblem problemWith(String field) {
    return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
  }
}
