package org.kuzet.finintel.internal;

import java.util.Map;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "My alerts" and "my cases" on a financial investigator's home page. */
@Configuration(proxyBeanMethods = false)
class WorkbenchPanels {

  @Bean
  HomePanel finintelMyAlerts(Alerts alerts) {
    return new InvestigatorPanel(
        "fin-my-alerts", "fin.panel.myAlerts", "finintel/panels :: myAlerts", 30) {
      @Override
      public Map<String, Object> model(KuzetUser user) {
        return Map.of("alerts", alerts.assignedTo(user, 10));
      }
    };
  }

  @Bean
  HomePanel finintelMyCases(FinancialCases cases) {
    return new InvestigatorPanel(
        "fin-my-cases", "fin.panel.myCases", "finintel/panels :: myCases", 31) {
      @Override
      public Map<String, Object> model(KuzetUser user) {
        return Map.of(
            "cases",
            cases.list(user, true, 10).stream().filter(c -> c.status().equals("OPEN")).toList());
      }
    };
  }

  private abstract static class InvestigatorPanel implements HomePanel {
    private final String id;
    private final String titleKey;
    private final String fragment;
    private final int order;

    InvestigatorPanel(String id, String titleKey, String fragment, int order) {
      this.id = id;
      this.titleKey = titleKey;
      this.fragment = fragment;
      this.order = order;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String titleKey() {
      return titleKey;
    }

    @Override
    public String fragment() {
      return fragment;
    }

    @Override
    public boolean visibleTo(KuzetUser user) {
      return user.has(Role.FINANCIAL_INVESTIGATOR);
    }

    @Override
    public int defaultOrder() {
      return order;
    }
  }
}
