package org.kuzet.engine.screening.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.Names;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;
import org.kuzet.engine.screening.cli.BadInputException;
import org.kuzet.engine.screening.translit.Transliteration;

/**
 * The {@code screen-bench} run. Part 1 loads the lists and builds, side by side in one process, the
 * engine and the Lucene fuzzy-query peer over the same names; both answer the same queries: one
 * alias per entry that has aliases (expecting that entry) and negatives — ordinary Kazakh, Russian
 * and English names, in Latin and Cyrillic, none of whose name sets is held by a list name. Part 2
 * runs the public name-pair benchmark exactly as its README says: every {@code name2} becomes list
 * entry N, every {@code name1} is screened, the pair counts as a match when the hits include entry
 * N at the default threshold.
 */
public final class ScreeningBenchmark {

  private static final int MAX_ALIAS_QUERIES = 6000;

  private final Path lists;
  private final @Nullable Path pairs;
  private final PrintStream out;
  private final boolean showMisses;
  private final @Nullable Path heldOut;
  private final boolean heldOutOnly;

  public ScreeningBenchmark(Path lists, @Nullable Path pairs, PrintStream out) {
    this(lists, pairs, out, false, null, false);
  }

  /**
   * With {@code showMisses}, every self-test miss and false positive is printed with its best
   * score; with {@code heldOut}, the independent held-out set is reported too (and with {@code
   * heldOutOnly} nothing else: no timing, no self-test, no name pairs).
   */
  public ScreeningBenchmark(
      Path lists,
      @Nullable Path pairs,
      PrintStream out,
      boolean showMisses,
      @Nullable Path heldOut,
      boolean heldOutOnly) {
    this.lists = lists;
    this.pairs = pairs;
    this.out = out;
    this.showMisses = showMisses;
    this.heldOut = heldOut;
    this.heldOutOnly = heldOutOnly && heldOut != null;
  }

  /** Runs everything and prints the figures. */
  public void run() {
    out.printf(
        Locale.ROOT,
        "Load average at start: %.2f (%d processors)%n",
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    if (heldOutOnly && heldOut != null) { // heldOutOnly holds only with a held-out set
      List<Watchlist> loaded = load();
      HeldOutSet.report(
          heldOut, ScreeningEngine.of(loaded), new LuceneBaseline(loaded), out, showMisses);
    } else {
      selfTest();
      namePairs();
    }
    out.printf(Locale.ROOT, "Load average at end: %.2f%n", loadAverage());
  }

  /**
   * The engine's speed alone, on the self-test queries (aliases, perturbed aliases and negatives):
   * the same warm-up as {@link #run()}, then {@code rounds} timed rounds, each printed, so that two
   * builds can be timed turn about on a busy machine. With {@code dumpHits}, every query's hits
   * (entry, score, explanation; threshold 40) are written there first, to show two builds answer
   * alike.
   */
  public void speedOnly(int rounds, @Nullable Path dumpHits) {
    out.printf(
        Locale.ROOT,
        "Load average at start: %.2f (%d processors)%n",
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    List<Watchlist> loaded = load();
    ScreeningEngine engine = ScreeningEngine.of(loaded);
    List<Query> positives = aliasQueries(loaded);
    List<Query> perturbed = perturbed(positives);
    List<String> negatives = negatives(loaded);
    if (dumpHits != null) {
      dump(engine, positives, perturbed, negatives, dumpHits);
    }
    Function<String, Set<String>> engineFn =
        name -> {
          Set<String> ids = new HashSet<>();
          for (ScreeningHit h : engine.screen(ScreeningQuery.of(name))) {
            ids.add(h.listName() + "\u0000" + h.entryId());
          }
          return ids;
        };
    int engineRounds = warmUp(engineFn, positives, negatives);
    out.printf(
        Locale.ROOT,
        "Warm-up: %d rounds; %d alias and %d negative queries per round%n",
        engineRounds,
        positives.size(),
        negatives.size());
    for (int r = 1; r <= rounds; r++) {
      Figures e = run(engineFn, positives, negatives);
      out.printf(
          Locale.ROOT,
          "round %d: %.0f names per CPU second, CPU p50 %.3f ms, CPU p99 %.3f ms, "
              + "wall p99 %.3f ms, load average %.2f%n",
          r,
          e.namesPerCpuSecond,
          e.cpuP50,
          e.cpuP99,
          e.p99,
          loadAverage());
    }
  }

  private static void dump(
      ScreeningEngine engine,
      List<Query> positives,
      List<Query> perturbed,
      List<String> negatives,
      Path file) {
    StringBuilder sb = new StringBuilder();
    List<String> names = new ArrayList<>();
    positives.forEach(q -> names.add(q.name));
    perturbed.forEach(q -> names.add(q.name));
    names.addAll(negatives);
    for (String name : names) {
      sb.append("> ").append(name).append('\n');
      // Well below the default threshold, so that a score moving anywhere near it shows.
      for (ScreeningHit h : engine.screen(ScreeningQuery.of(name), 40, 1000)) {
        sb.append(h.listName())
            .append(' ')
            .append(h.entryId())
            .append(' ')
            .append(h.score())
            .append(' ')
            .append(h.matchedName())
            .append(" | ")
            .append(h.explanation().render().strip().replace("\n", " |"))
            .append('\n');
      }
    }
    try {
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private List<Watchlist> load() {
    List<Watchlist> loaded;
    try {
      loaded = Watchlists.loadDirectory(lists);
    } catch (WatchlistFormatException e) {
      throw new BadInputException("list refused: " + e.getMessage(), e);
    }
    if (loaded.isEmpty()) {
      throw new BadInputException("no list file recognised in " + lists);
    }
    return loaded;
  }

  /**
   * The system load average: wall-clock figures mean little on a busy machine, so they are printed
   * beside it, and CPU-time throughput (what one thread costs) beside them.
   */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private record Query(String name, String expected) {}

  private void selfTest() {
    Runtime rt = Runtime.getRuntime();
    long heap0 = usedHeap(rt);
    long c0 = processCpu();
    long t0 = System.nanoTime();
    List<Watchlist> loaded = load();
    long t1 = System.nanoTime();
    long c1 = processCpu();
    ScreeningEngine engine = ScreeningEngine.of(loaded);
    long t2 = System.nanoTime();
    long c2 = processCpu();
    long heapEngine = usedHeap(rt) - heap0;
    long c2b = processCpu();
    LuceneBaseline lucene = new LuceneBaseline(loaded);
    long t3 = System.nanoTime();
    long c3 = processCpu();
    long heapLucene = usedHeap(rt) - heap0 - heapEngine;
    int entries = loaded.stream().mapToInt(l -> l.entries().size()).sum();
    out.printf(Locale.ROOT, "Lists: %s%n", loaded);
    out.printf(
        Locale.ROOT,
        "%d entries, %d distinct names indexed by the engine%n%n",
        entries,
        engine.nameCount());

    List<Query> positives = aliasQueries(loaded);
    List<Query> perturbed = perturbed(positives);
    List<String> negatives = negatives(loaded);
    out.printf(
        Locale.ROOT,
        "Self-test: %d alias queries, %d perturbed alias queries (typo, reorder, Cyrillic), "
            + "%d negative names%n",
        positives.size(),
        perturbed.size(),
        negatives.size());

    Function<String, Set<String>> engineFn =
        name -> {
          Set<String> ids = new HashSet<>();
          for (ScreeningHit h : engine.screen(ScreeningQuery.of(name))) {
            ids.add(h.listName() + "\u0000" + h.entryId());
          }
          return ids;
        };
    Function<String, Set<String>> luceneFn =
        name -> lucene.screen(name, ScreeningEngine.DEFAULT_LIMIT);
    // Warm both up on the same queries before timing. On a busy machine the JIT compiler gets
    // little CPU, so the engine (a round takes well under a second) is run until a round is no
    // longer faster than the best before it; a Lucene round takes seconds, two suffice.
    int engineRounds = warmUp(engineFn, positives, negatives);
    for (int i = 0; i < 2; i++) {
      run(luceneFn, positives, negatives);
    }
    out.printf(Locale.ROOT, "Warm-up: engine %d rounds, Lucene 2 rounds%n", engineRounds);
    Figures e = run(engineFn, positives, negatives);
    Figures l = run(luceneFn, positives, negatives);
    Figures ep = run(engineFn, perturbed, List.of());
    Figures lp = run(luceneFn, perturbed, List.of());

    out.printf(Locale.ROOT, "%n%-34s %14s %14s %8s%n", "", "engine", "Lucene fuzzy", "ratio");
    row("load + index (s)", (t2 - t0) / 1e9, (t1 - t0 + t3 - t2) / 1e9, "%.2f");
    out.printf(
        Locale.ROOT,
        "%-34s %14.2f %14s%n",
        "  of which index only (s)",
        (t2 - t1) / 1e9,
        String.format(Locale.ROOT, "%.2f", (t3 - t2) / 1e9));
    if (c0 >= 0) {
      row("load + index, process CPU (s)", (c2 - c0) / 1e9, (c1 - c0 + c3 - c2b) / 1e9, "%.2f");
      out.printf(
          Locale.ROOT,
          "%-34s %14.2f %14s%n",
          "  of which index only, CPU (s)",
          (c2 - c1) / 1e9,
          String.format(Locale.ROOT, "%.2f", (c3 - c2b) / 1e9));
    }
    row("names/s, one thread", e.namesPerSecond, l.namesPerSecond, "%.0f");
    row("names per CPU second, one thread", e.namesPerCpuSecond, l.namesPerCpuSecond, "%.0f");
    row("p50 latency, wall clock (ms)", e.p50, l.p50, "%.3f");
    row("p99 latency, wall clock (ms)", e.p99, l.p99, "%.3f");
    row("p50 latency, CPU time (ms)", e.cpuP50, l.cpuP50, "%.3f");
    row("p99 latency, CPU time (ms)", e.cpuP99, l.cpuP99, "%.3f");
    out.printf(Locale.ROOT, "  (load average now %.2f)%n", loadAverage());
    row("alias recall", e.recall, l.recall, "%.4f");
    row("false-positive rate", e.fpr, l.fpr, "%.4f");
    row("perturbed alias recall", ep.recall, lp.recall, "%.4f");
    row("heap after build (MB)", heapEngine / 1e6, heapLucene / 1e6, "%.0f");
    out.printf(
        Locale.ROOT,
        "(threshold %d; Lucene: every query word fuzzily in one name, top %d)%n",
        ScreeningEngine.DEFAULT_THRESHOLD,
        ScreeningEngine.DEFAULT_LIMIT);
    if (showMisses) {
      printMisses(engine, loaded, positives, e, l);
    } else {
      if (!e.falsePositives.isEmpty()) {
        out.println(
            "engine false positives (first 10): "
                + e.falsePositives.subList(0, Math.min(10, e.falsePositives.size())));
      }
      if (!e.missed.isEmpty()) {
        out.println(
            "engine misses (first 10, --show-misses for all): "
                + e.missed.subList(0, Math.min(10, e.missed.size())));
      }
    }
    if (heldOut != null) {
      HeldOutSet.report(heldOut, engine, lucene, out, showMisses);
    }
    try {
      lucene.close();
    } catch (IOException ignored) {
      // in-memory index
    }
  }

  private void row(String label, double engine, double peer, String fmt) {
    String ratio = peer == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", engine / peer);
    out.printf(
        Locale.ROOT,
        "%-34s %14s %14s %8s%n",
        label,
        String.format(Locale.ROOT, fmt, engine),
        String.format(Locale.ROOT, fmt, peer),
        ratio);
  }

  /** CPU time of the whole process (every thread, garbage collection included), or -1. */
  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long usedHeap(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Every miss of either side with the expected entry's names and the engine's score for it. */
  private void printMisses(
      ScreeningEngine engine, List<Watchlist> loaded, List<Query> positives, Figures e, Figures l) {
    Map<String, WatchlistEntry> byKey = new HashMap<>();
    for (Watchlist list : loaded) {
      for (WatchlistEntry entry : list.entries()) {
        byKey.put(list.name() + "\u0000" + entry.id(), entry);
      }
    }
    Map<String, String> expected = new HashMap<>();
    for (Query q : positives) {
      expected.put(q.name, q.expected);
    }
    out.printf(Locale.ROOT, "%nengine misses (%d):%n", e.missed.size());
    for (String name : e.missed) {
      String key = expected.get(name);
      WatchlistEntry entry = key == null ? null : byKey.get(key);
      if (key == null || entry == null) {
        continue; // every miss is a positive query, whose expected entry the lists hold
      }
      int best = 0;
      String why = "not retrieved";
      for (ScreeningHit h : engine.screen(ScreeningQuery.of(name), 0, 1000)) {
        if ((h.listName() + "\u0000" + h.entryId()).equals(key)) {
          best = h.score();
          why = h.explanation().render().strip().replace("\n", " |");
          break;
        }
      }
      out.printf(
          Locale.ROOT,
          "  %-40s expected %s %s, score %d: %s%n",
          name,
          key.replace('\u0000', ':'),
          entry.names(),
          best,
          why);
    }
    out.printf(Locale.ROOT, "Lucene misses (%d): %s%n", l.missed.size(), l.missed);
    out.printf(
        Locale.ROOT,
        "engine false positives (%d): %s%n",
        e.falsePositives.size(),
        e.falsePositives);
  }

  private static final class Figures {
    double namesPerSecond;
    double namesPerCpuSecond;
    double p50;
    double p99;
    double cpuP50;
    double cpuP99;
    double recall;
    double fpr;
    List<String> falsePositives = new ArrayList<>();
    List<String> missed = new ArrayList<>();
  }

  private static Figures run(
      Function<String, Set<String>> screen, List<Query> positives, List<String> negatives) {
    int n = positives.size() + negatives.size();
    long[] times = new long[n];
    long[] cpuTimes = new long[n];
    int found = 0;
    int falsePositive = 0;
    Figures f = new Figures();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int i = 0;
    for (Query q : positives) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      Set<String> hits = screen.apply(q.name);
      times[i] = System.nanoTime() - t;
      cpuTimes[i++] = threads.getCurrentThreadCpuTime() - c;
      if (hits.contains(q.expected)) {
        found++;
      } else {
        f.missed.add(q.name);
      }
    }
    for (String name : negatives) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      Set<String> hits = screen.apply(name);
      times[i] = System.nanoTime() - t;
      cpuTimes[i++] = threads.getCurrentThreadCpuTime() - c;
      if (!hits.isEmpty()) {
        falsePositive++;
        f.falsePositives.add(name);
      }
    }
    long total = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    Arrays.sort(times);
    Arrays.sort(cpuTimes);
    f.cpuP50 = cpuTimes[n / 2] / 1e6;
    f.cpuP99 = cpuTimes[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6;
    f.namesPerSecond = n / (total / 1e9);
    f.namesPerCpuSecond = cpu <= 0 ? 0 : n / (cpu / 1e9);
    f.p50 = times[n / 2] / 1e6;
    f.p99 = times[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6;
    f.recall = positives.isEmpty() ? 0 : (double) found / positives.size();
    f.fpr = negatives.isEmpty() ? 0 : (double) falsePositive / negatives.size();
    return f;
  }

  /** One alias per entry (the first whose normalised form differs from the primary name). */
  private static List<Query> aliasQueries(List<Watchlist> lists) {
    List<Query> out = new ArrayList<>();
    for (Watchlist list : lists) {
      for (WatchlistEntry e : list.entries()) {
        String primary = Names.normalise(e.primaryName());
        for (String alias : e.aliases()) {
          String norm = Names.normalise(alias);
          if (!norm.isEmpty() && !norm.equals(primary)) {
            out.add(new Query(alias, list.name() + "\u0000" + e.id()));
            break;
          }
        }
      }
    }
    if (out.size() > MAX_ALIAS_QUERIES) {
      List<Query> sample = new ArrayList<>(MAX_ALIAS_QUERIES);
      double step = (double) out.size() / MAX_ALIAS_QUERIES;
      for (int i = 0; i < MAX_ALIAS_QUERIES; i++) {
        sample.add(out.get((int) (i * step)));
      }
      return sample;
    }
    return out;
  }

  /** Aliases of persons written as officers might: a typo, parts reordered, or in Cyrillic. */
  private static List<Query> perturbed(List<Query> positives) {
    List<Query> out = new ArrayList<>();
    int k = 0;
    for (Query q : positives) {
      String[] parts = q.name.trim().split("\\s+");
      if (parts.length < 2 || !q.name.matches("[A-Za-z ,.'-]+")) {
        continue;
      }
      switch (k++ % 3) {
        case 0 -> {
          int longest = 0;
          for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() > parts[longest].length()) {
              longest = i;
            }
          }
          String p = parts[longest];
          if (p.length() >= 5) {
            int mid = p.length() / 2;
            parts[longest] =
                p.substring(0, mid) + p.charAt(mid + 1) + p.charAt(mid) + p.substring(mid + 2);
          }
          out.add(new Query(String.join(" ", parts), q.expected));
        }
        case 1 -> {
          List<String> list = new ArrayList<>(List.of(parts));
          list.add(list.remove(0));
          out.add(new Query(String.join(" ", list), q.expected));
        }
        default ->
            out.add(
                new Query(
                    Transliteration.LATIN_TO_CYRILLIC.apply(q.name.toLowerCase(Locale.ROOT)),
                    q.expected));
      }
    }
    return out;
  }

  private static final String[] KZ_MALE = {
    "Nurlan",
    "Yerlan",
    "Dauren",
    "Arman",
    "Bolat",
    "Marat",
    "Askar",
    "Serik",
    "Kairat",
    "Daniyar",
    "Berik",
    "Zhanibek",
    "Talgat",
    "Yerzhan",
    "Aidos"
  };
  private static final String[] KZ_FEMALE = {
    "Aigul", "Asel", "Saule", "Gulnara", "Aliya", "Zhanar", "Dana", "Aizhan", "Madina", "Dinara"
  };
  private static final String[] KZ_SURNAMES = {
    "Zhaksybekov",
    "Tulegenov",
    "Kenzhebayev",
    "Baimukhanov",
    "Nurmaganbetov",
    "Suleimenov",
    "Zhunusov",
    "Sarsenbayev",
    "Abdrakhmanov",
    "Yessenov",
    "Kassymov",
    "Utepov",
    "Beisenov",
    "Zhumabekov",
    "Amanzholov"
  };
  private static final String[] RU_MALE = {
    "Aleksandr",
    "Sergei",
    "Dmitri",
    "Andrei",
    "Aleksei",
    "Mikhail",
    "Nikolai",
    "Pavel",
    "Igor",
    "Oleg",
    "Konstantin",
    "Anton"
  };
  private static final String[] RU_FEMALE = {
    "Olga", "Tatiana", "Natalia", "Elena", "Irina", "Svetlana", "Marina", "Yulia"
  };
  private static final String[] RU_SURNAMES = {
    "Smirnov",
    "Kuznetsov",
    "Sokolov",
    "Novikov",
    "Morozov",
    "Lebedev",
    "Kozlov",
    "Stepanov",
    "Nikolaev",
    "Orlov",
    "Andreev",
    "Makarov",
    "Zakharov",
    "Zaitsev",
    "Soloviev"
  };
  private static final String[] EN_FIRST = {
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Susan",
    "Richard",
    "Karen",
    "Thomas"
  };
  private static final String[] EN_SURNAMES = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Taylor",
    "Anderson",
    "Thomas",
    "Moore",
    "Martin",
    "Thompson",
    "White"
  };

  /**
   * Ordinary names of the region and of English speakers, in Latin and (for Kazakh and Russian) in
   * Cyrillic, minus any whose parts all appear in one list name (those are not "off the list").
   */
  private static List<String> negatives(List<Watchlist> lists) {
    List<String> candidates = new ArrayList<>();
    combine(candidates, KZ_MALE, KZ_SURNAMES, false, true);
    combine(candidates, KZ_FEMALE, KZ_SURNAMES, true, true);
    combine(candidates, RU_MALE, RU_SURNAMES, false, true);
    combine(candidates, RU_FEMALE, RU_SURNAMES, true, true);
    combine(candidates, EN_FIRST, EN_SURNAMES, false, false);
    Map<String, List<Set<String>>> byKey = new HashMap<>();
    for (Watchlist l : lists) {
      for (WatchlistEntry e : l.entries()) {
        for (String n : e.names()) {
          Set<String> keys = new HashSet<>(Names.stemKeys(n));
          for (String k : keys) {
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(keys);
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      List<String> keys = Names.stemKeys(c);
      boolean listed = false;
      for (Set<String> name : byKey.getOrDefault(keys.get(0), List.of())) {
        if (name.containsAll(keys)) {
          listed = true;
          break;
        }
      }
      if (!listed) {
        out.add(c);
      }
    }
    return out;
  }

  private static void combine(
      List<String> out, String[] first, String[] last, boolean female, boolean cyrillic) {
    for (String f : first) {
      for (String l : last) {
        String surname =
            female && (l.endsWith("ov") || l.endsWith("ev") || l.endsWith("in")) ? l + "a" : l;
        String name = f + " " + surname;
        out.add(name);
        if (cyrillic) {
          out.add(Transliteration.LATIN_TO_CYRILLIC.apply(name));
        }
      }
    }
  }

  // ---------------------------------------------------------------- name pairs

  private record Pair(
      int row,
      String group,
      String schema,
      String name1,
      String name2,
      boolean match,
      String quality) {}

  private static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean truth, boolean predicted) {
      if (truth && predicted) {
        tp++;
      } else if (truth) {
        fn++;
      } else if (predicted) {
        fp++;
      } else {
        tn++;
      }
    }

    String line() {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(
          Locale.ROOT, "n %4d  P %.3f  R %.3f  F1 %.3f", tp + fp + fn + tn, p, r, f1);
    }
  }

  private void namePairs() {
    Path dir = pairs != null ? pairs : defaultPairs();
    Path cases = dir.resolve("cases.csv");
    Path frozen = dir.resolve("logicv2-frozen.csv");
    if (!Files.isRegularFile(cases)) {
      throw new BadInputException("no cases.csv in " + dir);
    }
    List<Pair> pairList = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(cases);
      try (Reader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8);
          CSVParser p =
              CSVParser.parse(
                  r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
        int row = 0;
        for (CSVRecord rec : p) {
          row++;
          pairList.add(
              new Pair(
                  row,
                  rec.get("case_group"),
                  rec.get("schema"),
                  rec.get("name1"),
                  rec.get("name2"),
                  Boolean.parseBoolean(rec.get("is_match")),
                  rec.get("quality")));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("cannot read " + cases + ": " + e.getMessage(), e);
    }
    List<WatchlistEntry> entries = new ArrayList<>();
    for (Pair p : pairList) {
      EntryKind kind =
          switch (p.schema) {
            case "Person" -> EntryKind.PERSON;
            case "Vessel" -> EntryKind.VESSEL;
            default -> EntryKind.ENTITY;
          };
      entries.add(
          new WatchlistEntry(
              Integer.toString(p.row), kind, p.name2, List.of(), List.of(), List.of(), List.of()));
    }
    Watchlist list =
        new Watchlist("NAME-PAIRS", sha256(bytes), Instant.now(), cases.toString(), entries);
    ScreeningEngine engine = ScreeningEngine.of(list);

    // The peer's file regroups some pairs (case_group "synth_corp_positives" for pairs that
    // cases.csv files under "synth_companies"), carries older labels for a few pairs and repeats
    // some (schema, name1, name2) triples; so rows are joined on the names and schema only, in
    // file order (the n-th repeat in one file meets the n-th in the other), and the truth always
    // comes from cases.csv.
    Map<String, ArrayDeque<Boolean>> peer = new HashMap<>();
    int peerRows = 0;
    if (Files.isRegularFile(frozen)) {
      try (Reader r = Files.newBufferedReader(frozen, StandardCharsets.UTF_8);
          CSVParser p =
              CSVParser.parse(
                  r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
        for (CSVRecord rec : p) {
          peer.computeIfAbsent(
                  pairKey(rec.get("schema"), rec.get("name1"), rec.get("name2")),
                  k -> new ArrayDeque<>())
              .add(Boolean.parseBoolean(rec.get("predicted_match")));
          peerRows++;
        }
      } catch (IOException | RuntimeException e) {
        throw new BadInputException("cannot read " + frozen + ": " + e.getMessage(), e);
      }
    }
    // per group: the engine on all pairs, the engine on the pairs the peer's file joins, the peer
    Map<String, Counts[]> groups = new LinkedHashMap<>();
    for (String k : List.of("all", "persons", "STRONG", "MEDIUM", "WEAK")) {
      groups.put(k, new Counts[] {new Counts(), new Counts(), new Counts()});
    }
    List<String> strongWrong = new ArrayList<>();
    int joined = 0;
    long start = System.nanoTime();
    for (Pair p : pairList) {
      String id = Integer.toString(p.row);
      boolean predicted =
          engine
              .screen(ScreeningQuery.of(p.name1), ScreeningEngine.DEFAULT_THRESHOLD, entries.size())
              .stream()
              .anyMatch(h -> h.entryId().equals(id));
      List<String> keys = new ArrayList<>(List.of("all", p.quality));
      if (p.schema.equals("Person")) {
        keys.add("persons");
      }
      ArrayDeque<Boolean> queue = peer.get(pairKey(p.schema, p.name1, p.name2));
      Boolean peerVerdict = queue == null ? null : queue.poll();
      if (peerVerdict != null) {
        joined++;
      }
      for (String k : keys) {
        Counts[] group = groups.get(k);
        if (group != null) {
          group[0].add(p.match, predicted);
          if (peerVerdict != null) {
            group[1].add(p.match, predicted);
            group[2].add(p.match, peerVerdict);
          }
        }
      }
      if (p.quality.equals("STRONG") && predicted != p.match) {
        strongWrong.add(p.name1 + " / " + p.name2 + " (expected " + p.match + ")");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%nName-pair benchmark (%s): %d pairs; the peer's frozen results hold %d rows, %d joined "
            + "to a pair; threshold %d; %.0f names/s%n",
        dir,
        pairList.size(),
        peerRows,
        joined,
        ScreeningEngine.DEFAULT_THRESHOLD,
        pairList.size() / seconds);
    out.printf(
        Locale.ROOT,
        "%-9s %-40s %-40s %-40s%n",
        "",
        "engine, all pairs",
        "engine, peer's pairs",
        "peer logic-v2 (frozen)");
    for (Map.Entry<String, Counts[]> g : groups.entrySet()) {
      Counts[] c = g.getValue();
      out.printf(
          Locale.ROOT,
          "%-9s %-40s %-40s %-40s%n",
          g.getKey(),
          c[0].line(),
          c[1].line(),
          c[2].line());
    }
    out.println(
        "STRONG pairs wrong: "
            + strongWrong.size()
            + (strongWrong.isEmpty() ? "" : " " + strongWrong));
  }

  private static String pairKey(String schema, String name1, String name2) {
    return schema + "\u0000" + name1 + "\u0000" + name2;
  }

  private static Path defaultPairs() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/benchmarks/name-pairs");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new BadInputException(
        "no shared/data/benchmarks/name-pairs above the working directory; give --pairs DIR");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the engine until a round is no longer faster than the best before it (at least three, at
   * most twelve rounds): on a busy machine the JIT compiler gets little CPU, and a fixed count
   * would time code not yet compiled. Answers the rounds run.
   */
  private static int warmUp(
      Function<String, Set<String>> engineFn, List<Query> positives, List<String> negatives) {
    int rounds = 0;
    double best = 0;
    for (int i = 0; i < 12; i++) {
      double rate = run(engineFn, positives, negatives).namesPerCpuSecond;
      rounds++;
      if (i >= 2 && rate < best * 1.03) {
        break;
      }
      best = Math.max(best, rate);
    }
    return rounds;
  }
}
