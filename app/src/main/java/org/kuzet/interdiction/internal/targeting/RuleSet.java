package org.kuzet.interdiction.internal.targeting;

import java.time.Instant;
import java.util.List;
import org.kuzet.identity.AgencyCode;

/** A version of the targeting rules, as an analyst saved it. */
public record RuleSet(
    int version,
    String createdBy,
    AgencyCode agency,
    Instant createdAt,
    String note,
    List<Rule> rules) {

  public RuleSet {
    rules = List.copyOf(rules);
  }

  public List<Rule> enabled() {
    return rules.stream().filter(Rule::enabled).toList();
  }
}
