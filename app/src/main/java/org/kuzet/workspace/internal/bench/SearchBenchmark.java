package org.kuzet.workspace.internal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.internal.search.Search;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code ./kuzet search-bench} ({@code --kuzet.command=search-bench}): times the search box and the
 * person page on the configured database, as the server runs them (every provider, access checks,
 * audit entry), for a user of the Committee on Drug Control who holds every role but the
 * caseworker's, so that every module answers. Prints the row counts, p50/p95/max and the 1 s
 * target; never a pass/fail test. Run it on the 1,000,000-inspection demo database.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "kuzet.command", havingValue = "search-bench")
class SearchBenchmark implements ApplicationRunner {

  /** Names as users type them: surnames alone, full names, both scripts, several spellings. */
  static final List<String> QUERIES =
      List.of(
          "Osmonov",
          "Осмонов",
          "Toktogulov",
          "Асанов",
          "Mamatov",
          "Sadyrov",
          "Жумалиев",
          "Zhumaliyev",
          "Jumaliev",
          "Abdullayev",
          "Tursunov",
          "Rahimov",
          "Рахимов",
          "Yusupov",
          "Mirzaev",
          "Karimov Rustam",
          "Рустам Каримов",
          "Usmonov",
          "Serikbayev",
          "Серикбаев",
          "Tulegenov Kairat",
          "Тулегенов",
          "Kasymova",
          "Omarov",
          "Utepov Yerzhan",
          "Kasymov",
          "Akhmetov Serik",
          "Ахметов",
          "Nurlanov",
          "Iskakov",
          "Abenov Marat",
          "Nazarov",
          "Rakhmonov",
          "Djumabaev Serik",
          "Нет Такого Человека");

  /** Plates in the demo formats, typed with spaces and in Cyrillic look-alikes. */
  static final List<String> PLATES =
      List.of(
          "485 KJJ 03",
          "390 HRL 50",
          "223 XD O",
          "687 TE 78",
          "344 NTD 13",
          "972 UKP 63",
          "899 CVL 14",
          "941 DW",
          "123 АВС 02",
          "777 МОР 01");

  private final Search search;
  private final JdbcClient jdbc;
  private final ConfigurableApplicationContext context;

  SearchBenchmark(Search search, JdbcClient jdbc, ConfigurableApplicationContext context) {
    this.search = search;
    this.jdbc = jdbc;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    print("search-bench: rows in the database: %s", counts());
    for (SearchProvider p : search.providers()) {
      long t0 = System.nanoTime();
      p.warmUp();
      print("search-bench: %s search index brought up to date in %.0f ms", p.module(), ms(t0));
    }
    KuzetUser user = new BenchUser();
    var texts = new ArrayList<String>(QUERIES);
    texts.addAll(PLATES);
    // one warm-up pass (JIT, caches), then three measured passes
    texts.forEach(t -> search.search(user, t));
    var searchMs = new ArrayList<Double>();
    var byModule = new LinkedHashMap<String, List<Double>>();
    Map<PersonKey, String> people = new LinkedHashMap<>();
    int hits = 0;
    for (int pass = 0; pass < 3; pass++) {
      for (String t : texts) {
        long t0 = System.nanoTime();
        Search.Results r = search.search(user, t);
        searchMs.add(ms(t0));
        hits += r.total();
        r.millisByModule()
            .forEach((m, v) -> byModule.computeIfAbsent(m, k -> new ArrayList<>()).add(v));
        for (SearchHit h : r.byKind().getOrDefault(SearchKind.PERSON, List.of())) {
          if (people.size() < 40 && h.person() != null) {
            people.putIfAbsent(h.person(), h.title());
          }
        }
      }
    }
    var personMs = new ArrayList<Double>();
    int records = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (var e : people.entrySet()) {
        long t0 = System.nanoTime();
        var page = search.person(user, e.getValue(), e.getKey());
        if (pass == 1) {
          personMs.add(ms(t0));
          records += page.sections().values().stream().mapToInt(List::size).sum();
        }
      }
    }
    print(
        "search-bench: %d searches (%d names, %d plates, x3), %,d hits in all",
        searchMs.size(), QUERIES.size(), PLATES.size(), hits);
    print(
        "search-bench: search      p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms   target < 1000 ms",
        pct(searchMs, .5), pct(searchMs, .95), pct(searchMs, 1));
    byModule.forEach(
        (m, v) ->
            print("search-bench:   %-13s p50 %7.1f ms  p95 %7.1f ms", m, pct(v, .5), pct(v, .95)));
    if (!personMs.isEmpty()) {
      print(
          "search-bench: person page p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms   target < 1000 ms (%d pages, %,d records)",
          pct(personMs, .5), pct(personMs, .95), pct(personMs, 1), personMs.size(), records);
    }
    System.exit(SpringApplication.exit(context, () -> 0));
  }

  private String counts() {
    var out = new ArrayList<String>();
    for (String table :
        List.of(
            "intd_inspection",
            "intd_person",
            "intd_seizure",
            "intd_lookout",
            "fin_party",
            "fin_account",
            "fin_case",
            "trn_trainee",
            "tip_case",
            "prog_project")) {
      try {
        out.add(
            table
                + " "
                + String.format(
                    "%,d", jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
      } catch (RuntimeException e) {
        out.add(table + " ?");
      }
    }
    return String.join(", ", out);
  }

  private static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double pct(List<Double> values, double q) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a[Math.max(0, Math.min(a.length - 1, (int) Math.ceil(q * a.length) - 1))];
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(format, args));
  }

  /** Every role but the caseworker's, in the agency that operates the most posts. */
  private static final class BenchUser implements KuzetUser {
    @Override
    public long accountId() {
      return -1;
    }

    @Override
    public String username() {
      return "search-bench";
    }

    @Override
    public String displayName() {
      return "search benchmark";
    }

    @Override
    public AgencyCode agency() {
      return AgencyCode.DRUG_CONTROL_COMMITTEE;
    }

    @Override
    public Set<Role> roles() {
      return EnumSet.complementOf(EnumSet.of(Role.TIP_CASEWORKER));
    }
  }
}
