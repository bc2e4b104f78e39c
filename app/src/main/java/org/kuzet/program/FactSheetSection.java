package org.kuzet.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An extra section of a country's public fact sheet, contributed by another module (the results
 * framework adds "Results"). The program module renders each section's heading and lines after the
 * programs, on the page and in the PDF, without depending on the module that writes it.
 *
 * <p>Implementations are beans. The fact sheet is public: a section must hold only figures fit for
 * publication, already in the reader's language.
 */
public interface FactSheetSection {

  /**
   * The section for a country's fact sheet as of a date, or empty to add nothing. A section shows
   * only periods completed by {@code asOf}: a sheet dated January 2009 has nothing of FY2009 (not
   * yet over) nor of any later year.
   */
  Optional<Content> forCountry(String country, Locale locale, LocalDate asOf);

  /** Order among sections; lower comes first. */
  default int order() {
    return 100;
  }

  /** A heading and its lines, plain text. */
  record Content(String id, String heading, List<String> lines) {
    public Content {
      if (!id.matches("[a-z0-9-]{1,40}")) {
        throw new IllegalArgumentException(
            "section id must be lower case letters, digits and '-': " + id);
      }
      lines = List.copyOf(lines);
    }
  }
}
