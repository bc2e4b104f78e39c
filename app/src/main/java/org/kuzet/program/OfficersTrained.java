package org.kuzet.program;

import java.time.LocalDate;
import org.kuzet.identity.AgencyCode;

/**
 * Officers of a host-government agency completed training paid for by a program. Published by any
 * module that knows (the training module publishes one when a session completes); the program
 * module records it and shows the totals on its pages and on the public fact sheet.
 *
 * <p>The contract for publishers:
 *
 * <ul>
 *   <li>{@code programCode} is the code of a program of the program office, e.g. {@code KZ-TIP}
 *       ({@link ProgramManagement#programCodes()} lists them). An event naming an unknown program
 *       is still recorded, so nothing is lost, and shows up once the program exists.
 *   <li>{@code fiscalYear} is the U.S. fiscal year (October to September) the training falls in,
 *       e.g. 2009 for a session completed on 15 November 2008; {@link FiscalYear#of(LocalDate)}
 *       computes it.
 *   <li>{@code women} counts the women among {@code officers}.
 *   <li>{@code sourceRef} identifies the completed training in the publishing module, e.g. {@code
 *       training:session:4711}. Recording is idempotent by this reference: publishing the same
 *       event again (a retry, a republication after a restart) records nothing new. A corrected
 *       figure is published under a new reference.
 * </ul>
 *
 * Publish it with Spring's {@code ApplicationEventPublisher} inside the publisher's transaction;
 * the program module consumes it with an {@code @ApplicationModuleListener} after that commit, and
 * the event publication registry redelivers it should the application stop in between.
 */
public record OfficersTrained(
    String programCode,
    AgencyCode agency,
    int fiscalYear,
    int officers,
    int women,
    LocalDate completedOn,
    String sourceRef) {

  public OfficersTrained {
    if (programCode == null || programCode.isBlank() || programCode.length() > 40) {
      throw new IllegalArgumentException("programCode must be 1-40 characters: " + programCode);
    }
    if (agency == null) {
      throw new IllegalArgumentException("agency is required");
    }
    FiscalYear.check(fiscalYear);
    if (officers < 1) {
      throw new IllegalArgumentException("officers must be at least 1: " + officers);
    }
    if (women < 0 || women > officers) {
      throw new IllegalArgumentException(
          "women must be between 0 and officers (" + officers + "): " + women);
    }
    if (completedOn == null) {
      throw new IllegalArgumentException("completedOn is required");
    }
    if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 200) {
      throw new IllegalArgumentException("sourceRef must be 1-200 characters: " + sourceRef);
    }
  }
}
