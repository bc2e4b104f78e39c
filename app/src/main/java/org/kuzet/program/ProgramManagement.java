package org.kuzet.program;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/**
 * What other modules may ask the program office. The interdiction module shows the program
 * equipment installed at a post, the training module the equipment at a training center. Callers
 * check their own users' access; equipment locations and recipients are not sensitive.
 */
public interface ProgramManagement {

  /**
   * Program equipment at a location, e.g. {@code "Checkpoint Merke"}: the location as the equipment
   * register spells it, compared without regard to case or surrounding spaces.
   */
  List<EquipmentItem> equipmentAt(String location);

  /** Program equipment handed to an agency, or to one of its units when {@code unit} is given. */
  List<EquipmentItem> equipmentOf(AgencyCode recipient, @Nullable String unit);

  /** The codes of all programs, e.g. {@code KZ-TIP}, as {@link OfficersTrained} names them. */
  List<String> programCodes();

  /** Officers trained so far under a program, from the recorded {@link OfficersTrained} events. */
  int officersTrained(String programCode);

  /** Every program of every country, in the program office's order. */
  List<ProgramSummary> programs();

  /**
   * A country's name in the language (English when not translated); empty for an unknown country.
   */
  Optional<String> countryName(String country, String lang);

  /**
   * A program's funding by fiscal year and currency, oldest first: over the whole program, or, with
   * {@code implementedBy}, over the projects that agency implements (what a partner sees).
   */
  List<FundingYear> fundingByYear(String programCode, @Nullable AgencyCode implementedBy);

  /** A program's equipment delivered and in service per fiscal year, oldest first. */
  List<EquipmentYear> equipmentByYear(String programCode);

  /** Normalises a location for comparison. */
  static String normalise(String location) {
    return location.strip().toLowerCase(Locale.ROOT);
  }
}
