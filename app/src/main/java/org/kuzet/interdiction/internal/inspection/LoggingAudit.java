package org.kuzet.interdiction.internal.inspection;

import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.interdiction.internal.post.InspectionId;

/** What the audit log keeps of a logged inspection. */
final class LoggingAudit {

  static final String ACTION = "INSPECTION_LOGGED";
  static final String TARGET = "inspection";

  private LoggingAudit() {}

  /**
   * The post, plate, number of persons and hits; an inspection the officer confirmed as a second
   * one in the same minute also names the earlier inspection.
   */
  static AuditDetail detail(
      String postCode, NewInspection in, int hits, @Nullable InspectionId earlier) {
    return earlier != null
        ? AuditDetail.of(
            "inspection.loggedDuplicate",
            postCode,
            in.plate(),
            in.persons().size(),
            hits,
            earlier.value())
        : AuditDetail.of("inspection.logged", postCode, in.plate(), in.persons().size(), hits);
  }
}
