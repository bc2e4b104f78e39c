package org.kuzet.training.internal;

import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;

/** Record-level checks for training, stated in {@link AccessRules} and applied here. */
final class TrainingAccess {

  private TrainingAccess() {}

  static boolean mayRead(KuzetUser user, Center center) {
    return AccessRules.mayReadTraining(user, center.hostingAgency());
  }

  static boolean mayEdit(KuzetUser user, Center center) {
    return AccessRules.mayEditTraining(user, center.hostingAgency());
  }

  /**
   * Refuses a caller who may not read the center's records. To a coordinator of another agency the
   * center does not exist (404, pages and API alike) and the attempt is audited as {@code
   * TRAINING_CENTER_REFUSED}; any other role is refused with 403.
   */
  static void requireRead(KuzetUser user, Center center, AuditLog audit) {
    if (!mayRead(user, center)) {
      refuse(user, center, audit);
      throw new AccessDeniedException(
          "training records of " + center.code() + " are not yours to read");
    }
  }

  /** As {@link #requireRead}; a reader who may not edit (a program manager) is refused with 403. */
  static void requireEdit(KuzetUser user, Center center, AuditLog audit) {
    if (!mayEdit(user, center)) {
      if (!mayRead(user, center)) {
        refuse(user, center, audit);
      }
      throw new AccessDeniedException(
          "only coordinators of " + center.hostingAgency() + " edit " + center.code());
    }
  }

  private static void refuse(KuzetUser user, Center center, AuditLog audit) {
    if (user.has(Role.TRAINING_COORDINATOR)) {
      audit.recordFacts(
          "TRAINING_CENTER_REFUSED",
          "training-center",
          center.id(),
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new OtherAgencyRecord(center.id());
    }
  }

  /**
   * Another agency's center, answered as "not found". Services keep their transaction on it ({@code
   * noRollbackFor}): the refusal comes before any change, and its audit entry must stay.
   */
  static final class OtherAgencyRecord extends NotFound {
    private static final long serialVersionUID = 1L;

    OtherAgencyRecord(CenterId centerId) {
      super("center", centerId.value());
    }
  }
}
