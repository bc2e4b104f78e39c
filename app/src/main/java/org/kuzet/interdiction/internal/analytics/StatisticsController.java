package org.kuzet.interdiction.internal.analytics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.seizure.DrugType;
import org.kuzet.web.Exports;
import org.kuzet.web.NavigationItem;
import org.kuzet.web.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anonymised seizure statistics: the dashboard (map, charts, totals), any chart's data as CSV, and
 * the annual report questionnaire totals. Counts and quantities only; no names, plates or documents
 * reach these pages, so partners may read them.
 */
@Controller
class StatisticsController {

  static final Set<Role> READERS = Set.of(Role.ANALYST, Role.PROGRAM_MANAGER, Role.PARTNER);

  /** What a published export writes in place of a suppressed figure. */
  static final String SUPPRESSED = "suppressed";

  private final SeizureStatistics statistics;
  private final Posts posts;
  private final AuditLog audit;
  private final InterdictionSettings settings;

  StatisticsController(
      SeizureStatistics statistics, Posts posts, AuditLog audit, InterdictionSettings settings) {
    this.statistics = statistics;
    this.posts = posts;
    this.audit = audit;
    this.settings = settings;
  }

  @Bean
  static NavigationItem seizureStatisticsNavigation() {
    return new NavigationItem(
        "interdiction.nav.statistics", "/interdiction/statistics", READERS, 22);
  }

  @GetMapping("/interdiction/statistics")
  String dashboard(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String agency,
      Model model,
      HttpServletResponse response,
      Locale locale) {
    KuzetUser user = reader();
    model.addAttribute(
        "regions",
        posts.all().stream()
            .collect(
                Collectors.toMap(Post::regionIso, Post::regionName, (a, b) -> a, TreeMap::new)));
    model.addAttribute(
        "agencies",
        posts.all().stream()
            .map(p -> p.agency().value())
            .collect(Collectors.toCollection(TreeSet::new)));
    model.addAttribute("drugs", DrugType.values());
    model.addAttribute("params", params(from, to, region, drug, agency));
    model.addAttribute("analyst", user.has(Role.ANALYST));
    SeizureFilter f;
    try {
      f = SeizureFilter.parse(from, to, region, drug, agency, today());
    } catch (Refusal r) {
      response.setStatus(400);
      model.addAttribute("problems", r.problems());
      model.addAttribute("filter", null);
      return "interdiction/statistics";
    }
    List<SeizureRow> rows = statistics.rows(f, null);
    model.addAttribute("problems", List.of());
    model.addAttribute("filter", f);
    // Partners and the program office see published figures: the small-cell rule of the
    // trafficking statistics, so no group of fewer than ten seizures can be told apart.
    boolean published = !user.has(Role.ANALYST);
    SeizureStatistics.Bucket total = statistics.total(rows);
    model.addAttribute("total", published ? last(statistics.published(List.of(), total)) : total);
    model.addAttribute("published", published);
    var charts = new LinkedHashMap<String, List<SeizureStatistics.Bucket>>();
    List<Post> all = posts.all();
    // Rows name their post as stored; the chart names it in the reader's language.
    Map<String, String> postNames =
        all.stream().collect(Collectors.toMap(Post::name, p -> p.name(locale), (a, b) -> a));
    for (Dimension d : Dimension.values()) {
      var buckets = shown(statistics.by(d, rows, f), total, published);
      if (d == Dimension.POST) {
        buckets =
            buckets.stream().map(b -> b.withKey(postNames.getOrDefault(b.key(), b.key()))).toList();
      }
      charts.put(d.name(), buckets);
    }
    model.addAttribute("charts", charts);
    model.addAttribute("dimensions", Dimension.values());
    Map<PostId, SeizureStatistics.Bucket> byPost = statistics.byPost(rows);
    var postLine =
        all.stream()
            .map(p -> byPost.getOrDefault(p.id(), SeizureStatistics.Bucket.empty(p.name(locale))))
            .toList();
    var postShown = published ? statistics.published(postLine, total) : postLine;
    var markers = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < all.size(); i++) {
      Post p = all.get(i);
      SeizureStatistics.Bucket b = postShown.get(i);
      markers.add(
          Map.of(
              "name",
              p.name(locale),
              "lat",
              p.latitude(),
              "lon",
              p.longitude(),
              "region",
              p.regionIso(),
              "cases",
              b.cases(),
              "kg",
              b.kg(),
              "suppressed",
              b.suppressed()));
    }
    model.addAttribute("markers", markers);
    model.addAttribute(
        "regionCases",
        charts.getOrDefault(Dimension.REGION.name(), List.of()).stream()
            .collect(
                Collectors.toMap(SeizureStatistics.Bucket::key, SeizureStatistics.Bucket::cases)));
    return "interdiction/statistics";
  }

  /** A chart's buckets: all of them, or for published figures only those that may be shown. */
  private List<SeizureStatistics.Bucket> shown(
      List<SeizureStatistics.Bucket> line, SeizureStatistics.Bucket total, boolean published) {
    if (!published) {
      return line;
    }
    var out = statistics.published(line, total);
    return out.subList(0, out.size() - 1).stream().filter(b -> !b.suppressed()).toList();
  }

  private static SeizureStatistics.Bucket last(List<SeizureStatistics.Bucket> buckets) {
    return buckets.get(buckets.size() - 1);
  }

  /** One chart's data as CSV: the same buckets the chart draws. */
  @GetMapping("/interdiction/statistics/chart.csv")
  void chartCsv(
      @RequestParam String dimension,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String agency,
      HttpServletResponse response)
      throws IOException {
    KuzetUser user = reader();
    Dimension d;
    try {
      d = Dimension.valueOf(dimension.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.of(
          "dimension",
          "interdiction.refusal.choice.of",
          Arrays.toString(Dimension.values()),
          dimension);
    }
    SeizureFilter f = filterOr400(from, to, region, drug, agency);
    List<SeizureRow> rows = statistics.rows(f, null);
    var table = new ArrayList<List<?>>();
    var line = statistics.by(d, rows, f);
    if (user.has(Role.ANALYST)) {
      for (SeizureStatistics.Bucket b : line) {
        table.add(List.of(b.key(), b.cases(), b.kg(), b.litres(), b.units(), b.arrested()));
      }
    } else {
      var published = statistics.published(line, statistics.total(rows));
      for (SeizureStatistics.Bucket b : published.subList(0, published.size() - 1)) {
        table.add(
            b.suppressed()
                ? List.of(b.key(), SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED)
                : List.of(b.key(), b.cases(), b.kg(), b.litres(), b.units(), b.arrested()));
      }
    }
    audit.recordFacts(
        "SEIZURE_STATISTICS_EXPORTED",
        "seizure_statistics",
        null,
        describe("seizure.chartExported", f, d.name()));
    Exports.csv(
        response,
        "seizures-by-" + d.name().toLowerCase(Locale.ROOT),
        new Exports.Table(
            List.of(
                d.name().toLowerCase(Locale.ROOT),
                "cases",
                "kg",
                "litres",
                "units",
                "persons arrested"),
            table));
  }

  @GetMapping("/interdiction/statistics/annual")
  String annual(@RequestParam(required = false) Integer year, Model model) {
    KuzetUser user = reader();
    int y = year(year);
    model.addAttribute("report", annualReport(user, y));
    model.addAttribute("published", !user.has(Role.ANALYST));
    model.addAttribute("year", y);
    return "interdiction/annual";
  }

  @GetMapping("/interdiction/statistics/annual.csv")
  void annualCsv(@RequestParam(required = false) Integer year, HttpServletResponse response)
      throws IOException {
    KuzetUser user = reader();
    int y = year(year);
    AnnualReport report = annualReport(user, y);
    audit.recordFacts(
        "SEIZURE_STATISTICS_EXPORTED",
        "seizure_statistics",
        null,
        AuditDetail.of("seizure.arqExported", y, "csv"));
    Exports.csv(response, "unodc-arq-seizures-" + y, report.table());
  }

  @GetMapping("/interdiction/statistics/annual.xlsx")
  void annualExcel(@RequestParam(required = false) Integer year, HttpServletResponse response)
      throws IOException {
    KuzetUser user = reader();
    int y = year(year);
    AnnualReport report = annualReport(user, y);
    audit.recordFacts(
        "SEIZURE_STATISTICS_EXPORTED",
        "seizure_statistics",
        null,
        AuditDetail.of("seizure.arqExported", y, "xlsx"));
    Exports.excel(response, "unodc-arq-seizures-" + y, "ARQ " + y, report.table());
  }

  /** Analysts read every figure; partners and the program office the published report. */
  private AnnualReport annualReport(KuzetUser user, int year) {
    AnnualReport report = AnnualReport.of(year, statistics.rows(SeizureFilter.year(year), null));
    return user.has(Role.ANALYST) ? report : report.published();
  }

  private int year(@Nullable Integer year) {
    int y = year == null ? today().getYear() : year;
    if (y < 2000 || y > 2100) {
      throw Refusal.of("year", "interdiction.refusal.year", String.valueOf(y));
    }
    return y;
  }

  private SeizureFilter filterOr400(
      @Nullable String from,
      @Nullable String to,
      @Nullable String region,
      @Nullable String drug,
      @Nullable String agency) {
    // A Refusal is answered 400, naming the field, by the web module's error answers.
    return SeizureFilter.parse(from, to, region, drug, agency, today());
  }

  /**
   * The facts of an export: {@code first}, then the filter's period, region, drug and agency (a
   * dash when open).
   */
  static AuditDetail describe(String key, SeizureFilter f, Object... first) {
    List<Object> args = new ArrayList<>(List.of(first));
    args.addAll(
        List.of(
            f.from().toString(),
            f.to().toString(),
            orDash(f.region()),
            orDash(f.drug()),
            orDash(f.agency())));
    return new AuditDetail(key, args);
  }

  private static String orDash(@Nullable Object o) {
    return o == null ? "—" : o.toString();
  }

  static Map<String, String> params(
      @Nullable String from,
      @Nullable String to,
      @Nullable String region,
      @Nullable String drug,
      @Nullable String agency) {
    var m = new LinkedHashMap<String, String>();
    m.put("from", from == null ? "" : from);
    m.put("to", to == null ? "" : to);
    m.put("region", region == null ? "" : region);
    m.put("drug", drug == null ? "" : drug);
    m.put("agency", agency == null ? "" : agency);
    return m;
  }

  private LocalDate today() {
    return LocalDate.now(settings.zone());
  }

  private static KuzetUser reader() {
    KuzetUser user = CurrentUser.require();
    if (!AccessRules.mayReadSeizureStatistics(user)) {
      throw new AccessDeniedException(
          "seizure statistics are for analysts, the program office and partners");
    }
    return user;
  }
}
