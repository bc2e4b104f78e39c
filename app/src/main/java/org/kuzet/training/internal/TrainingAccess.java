package org.kuzet.training.internal;

import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
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

  static void requireRead(KuzetUser user, Center center) {
    if (!mayRead(user, center)) {
      throw new AccessDeniedException("training records of " + center.code() + " are not yours to read");
    }
  }

  static void requireEdit(KuzetUser user, Center center) {
    if (!mayEdit(user, center)) {
      throw new AccessDeniedException("only coordinators of " + center.hostingAgency() + " edit " + center.code());
    }
  }
}
