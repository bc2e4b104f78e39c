package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/**
 * "Program funding" on the home page: obligated and spent by fiscal year, over the whole program
 * for program managers and over their own projects for partners.
 */
@Component
class FundingPanel implements HomePanel {

  private final ProgramAccess access;
  private final FundingLines funding;
  private final Projects projects;

  FundingPanel(ProgramAccess access, FundingLines funding, Projects projects) {
    this.access = access;
    this.funding = funding;
    this.projects = projects;
  }

  @Override
  public String id() {
    return "program-funding";
  }

  @Override
  public String titleKey() {
    return "panel.programFunding";
  }

  @Override
  public String fragment() {
    return "program/panels :: funding";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return user.hasAny(Role.PROGRAM_MANAGER, Role.PARTNER);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    Scope scope = access.scopeOf(user);
    var years = funding.totals(new Where().scope(scope, "f.project_id"));
    var obligated =
        years.stream()
            .map(FundingLines.YearTotal::obligated)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    var spent =
        years.stream().map(FundingLines.YearTotal::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Map.of(
        "years", years,
        "obligated", obligated,
        "spent", spent,
        "projects", projects.visible(scope).size(),
        "partner", !scope.everything());
  }

  @Override
  public int defaultOrder() {
    return 20;
  }
}
