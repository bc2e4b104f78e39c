package org.kuzet.interdiction.internal.targeting;

import java.time.Clock;
import java.util.List;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an analyst's edit of the rules as a new version, with its audit entry, in one transaction.
 */
@Service
class RuleEditing {

  private final TargetingRules rules;
  private final AuditLog audit;
  private final Clock clock;

  RuleEditing(TargetingRules rules, AuditLog audit, Clock clock) {
    this.clock = clock;
    this.rules = rules;
    this.audit = audit;
  }

  @Transactional
  int save(KuzetUser user, List<Rule> list, String note) {
    int version = rules.saveNext(list, user.username(), user.agency(), note, clock.instant());
    audit.recordFacts(
        "TARGETING_RULES_SAVED",
        "rule_set",
        version,
        AuditDetail.of("targeting.rulesSaved", list.size(), note));
    return version;
  }
}
