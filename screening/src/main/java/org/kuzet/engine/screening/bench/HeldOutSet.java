package org.kuzet.engine.screening.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.cli.BadInputException;

/**
 * The independent held-out set: queries written by a generator whose authors did not read the
 * engine ({@code ./kuzet eval-data names}), CSV with the header {@code query_id, kind, form,
 * system, query, birth_date, nationality, expected_list, expected_id, expected_name, note}. A
 * positive is found when a hit at the default threshold is the expected entry in one of the
 * expected lists ({@code UN}, {@code OFAC_SDN_2021}, {@code OFAC_SDN_2024}, joined by {@code |}); a
 * negative is a false positive when it has any hit. Recall and false-positive rate are reported
 * overall, per form and per system, for the engine and the Lucene peer (which sees the name only,
 * as it has no use for a birth date).
 */
final class HeldOutSet {

  /**
   * One query of the set. {@code expected} holds "list\u0000id" for each expected entry: the set
   * names several lists joined by {@code |} and their ids in the same order.
   */
  record Row(
      String id,
      boolean positive,
      String form,
      String system,
      String query,
      @Nullable BirthDate birthDate,
      String nationality,
      Set<String> expected,
      String expectedId,
      String expectedName) {

    boolean expects(String listName, String entryId) {
      return expected.contains(label(listName) + "\u0000" + entryId);
    }
  }

  private HeldOutSet() {}

  static List<Row> read(Path file) {
    List<Row> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord rec : p) {
        String where = file + ", line " + p.getCurrentLineNumber();
        String kind = rec.get("kind").strip();
        if (!kind.equals("positive") && !kind.equals("negative")) {
          throw new BadInputException(
              where + ": kind must be positive or negative, not '" + kind + "'");
        }
        BirthDate birth = null;
        String b = rec.get("birth_date").strip();
        if (!b.isEmpty()) {
          try {
            birth = BirthDate.parse(b);
          } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ", field birth_date: " + e.getMessage());
          }
        }
        Set<String> expected = new HashSet<>();
        String[] lists = rec.get("expected_list").split("\\|");
        String[] ids = rec.get("expected_id").split("\\|");
        if (kind.equals("positive") && lists.length != ids.length) {
          throw new BadInputException(
              where + ": " + lists.length + " expected lists but " + ids.length + " ids");
        }
        for (int k = 0; k < lists.length && k < ids.length; k++) {
          if (!lists[k].isBlank()) {
            expected.add(lists[k].strip() + "\u0000" + ids[k].strip());
          }
        }
        rows.add(
            new Row(
                rec.get("query_id"),
                kind.equals("positive"),
                rec.get("form").strip(),
                rec.get("system").strip(),
                rec.get("query"),
                birth,
                rec.get("nationality").strip(),
                expected,
                rec.get("expected_id").strip(),
                rec.get("expected_name")));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      throw new BadInputException(file + " holds no queries");
    }
    return rows;
  }

  /** The set's list label for a loaded list name: UN, OFAC_SDN_2021, OFAC_SDN_2024, or the name. */
  static String label(String listName) {
    if (listName.startsWith("OFAC")) {
      return listName.contains("2024")
          ? "OFAC_SDN_2024"
          : listName.contains("2021") ? "OFAC_SDN_2021" : listName;
    }
    return listName;
  }

  /** Tallies of found / asked. */
  private static final class Tally {
    int asked;
    int found;

    void add(boolean ok) {
      asked++;
      found += ok ? 1 : 0;
    }

    String rate() {
      return asked == 0
          ? "-"
          : String.format(Locale.ROOT, "%.4f (%d/%d)", (double) found / asked, found, asked);
    }
  }

  /** The verdicts of one screener over the set. */
  private static final class Verdicts {
    final Map<String, Tally> byForm = new TreeMap<>();
    final Map<String, Tally> bySystem = new TreeMap<>();
    final Map<String, Tally> negByForm = new TreeMap<>();
    final Tally recall = new Tally();
    final Tally falsePositives = new Tally();
    final List<Row> missed = new ArrayList<>();
    final List<String> falseHits = new ArrayList<>();
  }

  private static Verdicts judge(List<Row> rows, Function<Row, List<String[]>> screen) {
    Verdicts v = new Verdicts();
    for (Row row : rows) {
      List<String[]> hits = screen.apply(row);
      if (row.positive) {
        boolean ok = false;
        for (String[] h : hits) {
          ok |= row.expects(h[0], h[1]);
        }
        v.recall.add(ok);
        v.byForm.computeIfAbsent(row.form, k -> new Tally()).add(ok);
        if (!row.system.isEmpty()) {
          v.bySystem.computeIfAbsent(row.system, k -> new Tally()).add(ok);
        }
        if (!ok) {
          v.missed.add(row);
        }
      } else {
        boolean fp = !hits.isEmpty();
        v.falsePositives.add(fp);
        v.negByForm.computeIfAbsent(row.form, k -> new Tally()).add(fp);
        if (fp) {
          String[] h = hits.get(0);
          v.falseHits.add(row.query + " -> " + h[0] + ":" + h[1] + " " + h[2]);
        }
      }
    }
    return v;
  }

  /** Runs the set through the engine and (when given) the Lucene peer and prints the figures. */
  static void report(
      Path file,
      ScreeningEngine engine,
      LuceneBaseline lucene,
      PrintStream out,
      boolean showMisses) {
    List<Row> rows = read(file);
    Verdicts e =
        judge(
            rows,
            row -> {
              List<String[]> hits = new ArrayList<>();
              ScreeningQuery q =
                  new ScreeningQuery(
                      row.query,
                      row.birthDate,
                      row.nationality.isEmpty() ? null : row.nationality,
                      null);
              for (ScreeningHit h : engine.screen(q)) {
                hits.add(
                    new String[] {h.listName(), h.entryId(), h.matchedName() + " " + h.score()});
              }
              return hits;
            });
    Verdicts l =
        lucene == null
            ? null
            : judge(
                rows,
                row -> {
                  List<String[]> hits = new ArrayList<>();
                  for (String key : lucene.screen(row.query, ScreeningEngine.DEFAULT_LIMIT)) {
                    String[] parts = key.split("\u0000");
                    hits.add(new String[] {parts[0], parts[1], ""});
                  }
                  return hits;
                });
    out.printf(
        Locale.ROOT,
        "%nIndependent held-out set %s: %d positives, %d negatives (threshold %d)%n",
        file,
        e.recall.asked,
        e.falsePositives.asked,
        ScreeningEngine.DEFAULT_THRESHOLD);
    out.printf(Locale.ROOT, "%-28s %-26s %-26s%n", "", "engine", "Lucene fuzzy");
    line(out, "recall, all", e.recall, l == null ? null : l.recall);
    line(out, "false-positive rate", e.falsePositives, l == null ? null : l.falsePositives);
    out.println("recall by form (target >= 0.97 in every form):");
    for (String form : e.byForm.keySet()) {
      line(out, "  " + form, e.byForm.get(form), l == null ? null : l.byForm.get(form));
    }
    out.println("recall by romanisation system:");
    for (String system : e.bySystem.keySet()) {
      line(out, "  " + system, e.bySystem.get(system), l == null ? null : l.bySystem.get(system));
    }
    out.println("false-positive rate by negative form (target <= 0.01 overall):");
    for (String form : e.negByForm.keySet()) {
      line(out, "  " + form, e.negByForm.get(form), l == null ? null : l.negByForm.get(form));
    }
    int shown = showMisses ? Integer.MAX_VALUE : 10;
    out.printf(
        Locale.ROOT,
        "engine misses (%d%s):%n",
        e.missed.size(),
        showMisses ? "" : ", first 10; --show-misses for all");
    for (Row row : e.missed.subList(0, Math.min(shown, e.missed.size()))) {
      String best = "not retrieved";
      ScreeningQuery q =
          new ScreeningQuery(
              row.query, row.birthDate, row.nationality.isEmpty() ? null : row.nationality, null);
      for (ScreeningHit h : engine.screen(q, 0, 1000)) {
        if (row.expects(h.listName(), h.entryId())) {
          best = "score " + h.score() + ": " + h.explanation().render().strip().replace("\n", " |");
          break;
        }
      }
      out.printf(
          Locale.ROOT,
          "  [%s/%s] %s -> %s %s; %s%n",
          row.form,
          row.system,
          row.query,
          row.expectedId,
          row.expectedName,
          best);
    }
    out.printf(
        Locale.ROOT,
        "engine false positives (%d%s):%n",
        e.falseHits.size(),
        showMisses ? "" : ", first 10");
    for (String fp : e.falseHits.subList(0, Math.min(shown, e.falseHits.size()))) {
      out.println("  " + fp);
    }
  }

  private static void line(
      PrintStream out, String label, @Nullable Tally engine, @Nullable Tally peer) {
    out.printf(
        Locale.ROOT,
        "%-28s %-26s %-26s%n",
        label,
        engine == null ? "-" : engine.rate(),
        peer == null ? "-" : peer.rate());
  }
}
