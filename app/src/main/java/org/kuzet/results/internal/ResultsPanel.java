package org.kuzet.results.internal;

import java.util.ArrayList;
import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.HomePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Program results" on the home page: per program the user sees, how many indicators reached their
 * target in their latest year with a target, and for editors the values waiting for review.
 */
@Component
class ResultsPanel implements HomePanel {

  private final ResultsAccess access;
  private final ResultsReport report;
  private final ManualValues manual;

  ResultsPanel(ResultsAccess access, ResultsReport report, ManualValues manual) {
    this.access = access;
    this.report = report;
    this.manual = manual;
  }

  @Override
  public String id() {
    return "program-results";
  }

  @Override
  public String titleKey() {
    return "panel.programResults";
  }

  @Override
  public String fragment() {
    return "results/panels :: results";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return user.hasAny(Role.PROGRAM_MANAGER, Role.PARTNER, Role.ADMINISTRATOR);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    String lang = ResultsController.lang(LocaleContextHolder.getLocale());
    var rows = new ArrayList<Map<String, Object>>();
    for (var p :
        report.programs(
            access.visiblePrograms(user), lang, access.fundingScope(user), report::hasTargets)) {
      int withTarget = 0;
      int met = 0;
      for (var r : p.indicators()) {
        var latest =
            r.years().stream().filter(y -> y.met() != null).reduce((a, b) -> b).orElse(null);
        if (latest != null) {
          withTarget++;
          if (Boolean.TRUE.equals(latest.met())) {
            met++;
          }
        }
      }
      rows.add(
          Map.of(
              "code", p.program().code(), "name", p.name(), "withTarget", withTarget, "met", met));
    }
    return Map.of(
        "programs",
        rows,
        "pending",
        access.mayEdit(user) ? manual.pending().size() : 0,
        "mayEdit",
        access.mayEdit(user));
  }

  @Override
  public int defaultOrder() {
    return 25;
  }
}
