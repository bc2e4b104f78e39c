package org.kuzet.program;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed document, the Kazakhstan fact sheet of January 20, 2009, as the tests read it: found by
 * walking up from the working directory to the {@code shared/seed} folder beside the repository,
 * and cut down to the fact sheet itself (the web page's banner and sign-in text are not part of
 * it).
 */
final class SeedDocument {

  static final String FILE = "kazakhstan-cnle-fact-sheet-2009-01-20.txt";
  static final String FIRST_LINE =
      "Counternarcotics and Law Enforcement Country Program: Kazakhstan";
  static final String LAST_LINE = "Back to Top";

  private static final Pattern MONEY = Pattern.compile("\\$\\d+(?:\\.\\d+)? million");
  private static final Pattern FISCAL_YEAR = Pattern.compile("FY\\d{2}(?:\\d{2}-\\d{4})?");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
  private static final Pattern NUMBER_WORD =
      Pattern.compile("\\b(two|three|four|five|six|seven|eight|nine|ten|ninth)\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
              + "(?: \\d{1,2},)? \\d{4}\\b");
  // A name of capitalised words (with "of", "on", "and", "for", "the" inside) followed by "(ABC)".
  private static final Pattern NAMED_WITH_ACRONYM =
      Pattern.compile(
          "((?:[A-Z][\\w.’'-]*)(?:\\s+(?:[A-Z][\\w.’'-]*|of|on|and|for|the))*)\\s+\\(([A-Z/]{2,})\\)");

  /**
   * Organisations and places the fact sheet names without an acronym in parentheses. Each one is
   * checked against the seed first, so the list cannot drift from the document.
   */
  static final List<String> OTHER_NAMES =
      List.of(
          "Border Guards",
          "Border Guard Academy",
          "U.S. Customs and Border Protection Academy",
          "Border Patrol Academy",
          "Financial Police",
          "Financial Police Academy",
          "Anti-TIP Center",
          "Legal Institute of the Ministry of Internal Affairs",
          "Migration Police",
          "MOI Police",
          "FREEDOM Support Act",
          "Glynco, Georgia",
          "Artesia, New Mexico",
          "Karaganda",
          "Kyrgyzstan",
          "Uzbekistan",
          "Turkmenistan",
          "Russia",
          "Afghanistan",
          "Western Europe",
          "Kazakhstan");

  final List<String> lines;
  final String text;

  private SeedDocument(List<String> lines) {
    this.lines = lines;
    this.text = normalise(String.join(" ", lines));
  }

  static SeedDocument read() throws IOException {
    Path file = locate();
    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
    int from = all.indexOf(FIRST_LINE);
    int to = all.indexOf(LAST_LINE);
    if (from < 0 || to < from) {
      throw new IllegalStateException(
          file
              + " no longer has the fact sheet between '"
              + FIRST_LINE
              + "' and '"
              + LAST_LINE
              + "'");
    }
    var lines = new ArrayList<String>();
    for (String line : all.subList(from, to + 1)) {
      String s = normalise(line.replaceFirst("^\\s*•\\s*", ""));
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return new SeedDocument(lines);
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seed").resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "seed document shared/seed/"
            + FILE
            + " not found above "
            + Path.of("").toAbsolutePath()
            + ": the repository must sit beside the shared/ folder");
  }

  Set<String> figures() {
    var found = new LinkedHashSet<String>();
    collect(MONEY, 0, found);
    collect(FISCAL_YEAR, 0, found);
    collect(NUMBER, 0, found);
    collect(NUMBER_WORD, 0, found);
    return found;
  }

  Set<String> dates() {
    var found = new LinkedHashSet<String>();
    collect(DATE, 0, found);
    return found;
  }

  /** "United Nations Office on Drugs and Crime (UNODC)", its name and acronym, and the others. */
  Set<String> organisations() {
    var found = new LinkedHashSet<String>();
    for (String line : lines) {
      Matcher m = NAMED_WITH_ACRONYM.matcher(line);
      while (m.find()) {
        String name =
            m.group(1).replaceFirst("^(?:The|Through its|In cooperation with the)\\s+", "");
        found.add(name + " (" + m.group(2) + ")");
        found.add(m.group(2));
      }
    }
    for (String name : OTHER_NAMES) {
      if (!text.contains(name)) {
        throw new IllegalStateException("'" + name + "' is not in the seed document");
      }
      found.add(name);
    }
    return found;
  }

  private void collect(Pattern p, int group, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(group));
    }
  }

  /** Collapses every run of white space to one space, as a reader of HTML or PDF text sees it. */
  static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
