package org.kuzet.training.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Exports;
import org.kuzet.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual plan against what happened, exports of officers trained, and trainees' histories. */
@Controller
class TrainingReportController {

  private final TrainingReports reports;
  private final TrainingViews views;
  private final Trainees trainees;
  private final AuditLog audit;

  TrainingReportController(
      TrainingReports reports, TrainingViews views, Trainees trainees, AuditLog audit) {
    this.reports = reports;
    this.views = views;
    this.trainees = trainees;
    this.audit = audit;
  }

  @GetMapping("/training/plan")
  String plan(@RequestParam(name = "fy", required = false) @Nullable Integer fy, Model model) {
    KuzetUser user = CurrentUser.require();
    int year = fy == null ? FiscalYears.of(views.today()) : fy;
    model.addAttribute("fiscalYear", year);
    model.addAttribute("planRows", reports.plan(user, year));
    model.addAttribute(
        "trained", reports.trained(user).stream().filter(r -> r.fiscalYear() == year).toList());
    model.addAttribute("years", reports.years(user));
    return "training/plan";
  }

  @GetMapping("/training/plan/officers-trained.csv")
  void csv(HttpServletResponse response) throws IOException {
    var table = table(CurrentUser.require(), "csv");
    Exports.csv(response, "officers-trained", table);
  }

  @GetMapping("/training/plan/officers-trained.xlsx")
  void excel(HttpServletResponse response) throws IOException {
    var table = table(CurrentUser.require(), "xlsx");
    Exports.excel(response, "officers-trained", "Officers trained", table);
  }

  private Exports.Table table(KuzetUser user, String format) {
    var rows = reports.trained(user);
    audit.recordFacts(
        "TRAINING_EXPORTED",
        "training-officers-trained",
        null,
        AuditDetail.of("training.exported", format, rows.size()));
    return new Exports.Table(
        List.of("fiscal_year", "center", "agency", "women", "men", "total"),
        rows.stream()
            .map(
                r ->
                    List.<Object>of(
                        r.fiscalYear(), r.center(), r.agency(), r.women(), r.men(), r.total()))
            .toList());
  }

  @GetMapping("/training/trainees")
  String search(@RequestParam(name = "q", required = false) @Nullable String q, Model model) {
    KuzetUser user = CurrentUser.require();
    String text = q == null ? "" : q.strip();
    model.addAttribute("q", text);
    if (text.length() >= 2) {
      // Only trainees with at least one session the user may read are listed.
      model.addAttribute(
          "found",
          trainees.search(text).stream()
              .filter(t -> !reports.history(user, t.id()).isEmpty())
              .limit(50)
              .toList());
    }
    return "training/trainees";
  }

  @GetMapping("/training/trainees/{id}")
  String trainee(@PathVariable long id, Model model) {
    KuzetUser user = CurrentUser.require();
    var trainee = trainees.find(id).orElseThrow(() -> new NotFound("trainee", id));
    var history = reports.history(user, id);
    if (history.isEmpty()) {
      // Someone the user's centers never trained: as if unknown.
      throw new NotFound("trainee", id);
    }
    audit.record("TRAINEE_HISTORY_VIEWED", "training-trainee", id, null);
    model.addAttribute("trainee", trainee);
    model.addAttribute("history", history);
    return "training/trainee";
  }
}
