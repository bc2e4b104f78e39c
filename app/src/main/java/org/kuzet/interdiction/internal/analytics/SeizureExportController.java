package org.kuzet.interdiction.internal.analytics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Exports;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Individual seizures in UNODC's columns, CSV or Excel: the records of the posts the analyst's own
 * agency operates, never another agency's.
 */
@Controller
class SeizureExportController {

  private final SeizureStatistics statistics;
  private final Posts posts;
  private final AuditLog audit;
  private final InterdictionSettings settings;

  SeizureExportController(
      SeizureStatistics statistics, Posts posts, AuditLog audit, InterdictionSettings settings) {
    this.statistics = statistics;
    this.posts = posts;
    this.audit = audit;
    this.settings = settings;
  }

  @GetMapping("/interdiction/analysis/seizures.{format}")
  void export(
      @PathVariable String format,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String agency,
      HttpServletResponse response)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    List<Post> own =
        posts.operatedBy(user.agency()).stream()
            .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
            .toList();
    if (own.isEmpty()) {
      throw new AccessDeniedException(
          "individual seizures go only to analysts of the agency that operates the post");
    }
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new NotFound("export format");
    }
    // A bad filter is refused (400, naming the field) by the web module's error answers.
    SeizureFilter f =
        SeizureFilter.parse(from, to, region, drug, agency, LocalDate.now(settings.zone()));
    List<SeizureRow> rows = statistics.rows(f, own.stream().map(p -> p.id().value()).toList());
    audit.recordFacts(
        "SEIZURES_EXPORTED",
        "seizure",
        null,
        StatisticsController.describe("seizure.exported", f, rows.size(), format));
    Exports.Table table = UnodcSeizures.table(rows, settings.zone());
    String name = "unodc-seizures-" + f.from() + "-" + f.to();
    if (format.equals("csv")) {
      Exports.csv(response, name, table);
    } else {
      Exports.excel(response, name, "Seizures", table);
    }
  }
}
