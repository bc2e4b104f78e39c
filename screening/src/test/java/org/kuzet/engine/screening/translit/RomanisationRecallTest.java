package org.kuzet.engine.screening.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.SharedData;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;

/**
 * Recognition, black box: real listed people of Russia, Belarus, Ukraine and Central Asia, written
 * in every romanisation system, screened through the engine's public API against the UN list and
 * the OFAC SDN list of 2024 at the default threshold. Prints recall per system and the misses, and
 * holds each system to a floor the engine reached when this test was written, so a change that
 * loses a system fails here.
 *
 * <p>The Cyrillic comes from the list where the list gives it (UN original-script names); otherwise
 * (OFAC publishes Latin only) it is read back from the listed Latin name by ICU4J {@code
 * Latin-Russian/BGN}, after restoring the Russian endings the lists drop (Gennady → Gennadiy →
 * Геннадий). That gives a plausible Russian spelling, not necessarily the person's own.
 */
class RomanisationRecallTest {

  /** Nationalities whose names are Russian or Central Asian names written in Cyrillic at home. */
  private static final Set<String> REGION =
      Set.of(
          "Russia",
          "Belarus",
          "Ukraine",
          "Kazakhstan",
          "Kyrgyzstan",
          "Uzbekistan",
          "Tajikistan",
          "Turkmenistan");

  /** About this many OFAC people are taken, spread evenly over the list. */
  private static final int OFAC_PEOPLE = 300;

  /**
   * Every system in every form was found at least 0.994 of the time when this test was written (UN
   * 2026-02 and OFAC 2024-05, 329 people; ISO 9 and Ukrainian 2010 lowest); the floor leaves a
   * point and a half of room, about five people.
   */
  private static final double FLOOR = 0.98;

  private record Person(String list, String id, String cyrillic) {}

  private static ScreeningEngine engine;
  private static final List<Person> people = new ArrayList<>();

  @BeforeAll
  static void lists() throws WatchlistFormatException {
    Watchlist un = Watchlists.loadUn(SharedData.path("watchlists/un/UN_consolidated.xml"));
    Watchlist ofac = Watchlists.loadOfac(SharedData.path("watchlists/ofac-sdn-2024-05-03/sdn.csv"));
    engine = ScreeningEngine.of(un, ofac);
    for (WatchlistEntry e : un.entries()) {
      if (e.kind() != EntryKind.PERSON) {
        continue;
      }
      for (String alias : e.aliases()) {
        if (isCyrillic(alias) && alias.trim().split("\\s+").length >= 2) {
          people.add(new Person(un.name(), e.id(), alias.trim()));
        }
      }
    }
    List<WatchlistEntry> regional =
        ofac.entries().stream()
            .filter(e -> e.kind() == EntryKind.PERSON)
            .filter(e -> e.nationalities().stream().anyMatch(REGION::contains))
            .filter(e -> e.primaryName().contains(", "))
            .toList();
    int step = Math.max(1, regional.size() / OFAC_PEOPLE);
    for (int i = 0; i < regional.size(); i += step) {
      WatchlistEntry e = regional.get(i);
      String cyrillic = readBack(e.primaryName());
      if (cyrillic.split(" ").length >= 2 && isCyrillic(cyrillic)) {
        people.add(new Person(ofac.name(), e.id(), cyrillic));
      }
    }
  }

  /** "PRIGOZHIN, Yevgeniy Viktorovich" → «Евгений Викторович Пригожин». */
  private static String readBack(String listed) {
    int comma = listed.indexOf(", ");
    String surname = listed.substring(0, comma).toLowerCase(Locale.ROOT);
    String natural =
        listed.substring(comma + 2)
            + " "
            + Character.toUpperCase(surname.charAt(0))
            + surname.substring(1);
    StringBuilder out = new StringBuilder();
    for (String part : natural.split("\\s+")) {
      String p = part.replaceAll("[^\\p{L}-]", "");
      // the lists drop the -й of -ий and write -ай/-ей/-ой as -ai/-ei/-oi (Gennady, Nikolai)
      p = p.replaceAll("(?i)(?<=[bcdfgklmnprstvz])y$", "iy").replaceAll("(?i)([aeo])i$", "$1y");
      // BGN writes е after a consonant as e, so a consonant before "ye" stands before ье
      // (Yuryevich, Vasilyevna); a final -lya, -rya, -nya is -лья, -рья, -нья (Ilya, Darya)
      p =
          p.replaceAll("(?i)(?<=[bdfgklmnprstvz])(ye)", "ʹ$1")
              .replaceAll("(?i)(?<=[lrn])(ya)$", "ʹ$1");
      if (!p.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(Transliteration.LATIN_TO_CYRILLIC.apply(p));
      }
    }
    return out.toString();
  }

  private static boolean isCyrillic(String s) {
    return s.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
        && s.codePoints()
            .noneMatch(
                c ->
                    Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** Below the default threshold too, so that a miss shows how far off it was. */
  private static final int LOW_THRESHOLD = 50;

  /** The score of the listed person's hit, or 0 when the query does not bring it up at all. */
  private static int score(Person p, String query) {
    for (ScreeningHit h :
        engine.screen(ScreeningQuery.of(query), LOW_THRESHOLD, ScreeningEngine.DEFAULT_LIMIT)) {
      if (h.listName().equals(p.list) && h.entryId().equals(p.id)) {
        return h.score();
      }
    }
    return 0;
  }

  /**
   * Found at the default threshold, the sum of the person's scores, and the near misses' queries.
   */
  private static final class Tally {
    int queries;
    int found;
    long scoreSum;
    final List<String> missed = new ArrayList<>();

    double meanScore() {
      return scoreSum / (double) Math.max(1, queries);
    }
  }

  /**
   * The name without its patronymic (Ильич, Викторовна, Магомедзакирович): every part then has to
   * be found.
   */
  private static String withoutPatronymic(String cyrillic) {
    List<String> parts = new ArrayList<>();
    for (String part : cyrillic.split(" ")) {
      if (!part.toLowerCase(Locale.ROOT).matches(".+(вич|вна|ична|ич)")) {
        parts.add(part);
      }
    }
    return String.join(" ", parts);
  }

  /**
   * The forms each system's rendering is screened in, applied to the Cyrillic before romanising.
   */
  private enum Form {
    FULL("full name"),
    NO_PATRONYMIC("no patronymic"),
    REVERSED("order reversed, no patronymic"),
    CAPITALS("full name in capitals");

    final String label;

    Form(String label) {
      this.label = label;
    }

    String write(String cyrillic) {
      return switch (this) {
        case FULL -> cyrillic;
        case NO_PATRONYMIC -> withoutPatronymic(cyrillic);
        case REVERSED -> {
          List<String> parts = new ArrayList<>(List.of(withoutPatronymic(cyrillic).split(" ")));
          Collections.reverse(parts);
          yield String.join(" ", parts);
        }
        case CAPITALS -> cyrillic.toUpperCase(Locale.ROOT);
      };
    }
  }

  @Test
  void everySystemsRenderingOfListedPeopleIsFound() {
    assertThat(people).as("people of the region on the lists").hasSizeGreaterThan(200);
    Map<String, double[]> recall = new LinkedHashMap<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    long cpuStart = cpuNanos();
    int queries = 0;
    List<String> systems = new ArrayList<>();
    systems.add("CYRILLIC");
    Transliteration.romanisations().forEach(t -> systems.add(t.name()));
    for (String system : systems) {
      UnaryOperator<String> render =
          system.equals("CYRILLIC") ? s -> s : Transliteration.valueOf(system)::apply;
      double[] r = new double[Form.values().length];
      Tally tally = new Tally();
      for (Form form : Form.values()) {
        List<Person> who =
            people.stream()
                .map(p -> new Person(p.list, p.id, form.write(p.cyrillic)))
                .filter(p -> p.cyrillic.split(" ").length >= 2)
                .toList();
        r[form.ordinal()] = recall(who, render, tally);
        queries += who.size();
      }
      recall.put(system, r);
      tallies.put(system, tally);
    }
    double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;

    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nRecall per romanisation system at the default threshold %d, %d listed people of the "
                    + "region (UN Cyrillic names and OFAC 2024); %d queries in %.1f s CPU%n  %-22s",
                ScreeningEngine.DEFAULT_THRESHOLD,
                people.size(),
                queries,
                cpuSeconds,
                "system"));
    for (Form f : Form.values()) {
      report.append(String.format(Locale.ROOT, " | %s", f.label));
    }
    report.append('\n');
    recall.forEach(
        (system, r) -> {
          report.append(String.format(Locale.ROOT, "  %-22s", system));
          for (double v : r) {
            report.append(String.format(Locale.ROOT, " | %.3f", v));
          }
          report.append(
              String.format(
                  Locale.ROOT,
                  " | mean score %.1f | %d missed%n",
                  tallies.get(system).meanScore(),
                  tallies.get(system).missed.size()));
        });
    tallies.forEach(
        (system, tally) -> {
          if (!tally.missed.isEmpty()) {
            report.append("  misses ").append(system).append(":\n");
            tally.missed.stream()
                .limit(8)
                .forEach(m -> report.append("    ").append(m).append('\n'));
          }
        });
    System.out.println(report);

    for (Transliteration t : Transliteration.romanisations()) {
      double[] r = recall.get(t.name());
      for (Form f : Form.values()) {
        assertThat(r[f.ordinal()])
            .as(f.label + " recall of " + t + report)
            .isGreaterThanOrEqualTo(FLOOR);
      }
    }
  }

  private static double recall(List<Person> who, UnaryOperator<String> system, Tally tally) {
    int hits = 0;
    for (Person p : who) {
      String query = system.apply(p.cyrillic);
      int score = score(p, query);
      tally.queries++;
      tally.scoreSum += score;
      if (score >= ScreeningEngine.DEFAULT_THRESHOLD) {
        hits++;
        tally.found++;
      } else {
        tally.missed.add(
            query + " ← " + p.cyrillic + " (" + p.list + " " + p.id + ", score " + score + ")");
      }
    }
    return hits / (double) who.size();
  }

  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
