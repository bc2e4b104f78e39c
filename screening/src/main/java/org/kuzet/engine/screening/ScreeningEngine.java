package org.kuzet.engine.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.index.NameCatalog;
import org.kuzet.engine.screening.score.Joins;
import org.kuzet.engine.screening.score.NameMatcher;
import org.kuzet.engine.screening.score.PartMemo;
import org.kuzet.engine.screening.text.Countries;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/**
 * Screens names against one or more {@link Watchlist}s.
 *
 * <p>Immutable once built and safe for any number of concurrent {@link #screen} calls. Building
 * normalises every list name once and indexes its tolerant keys; a query is normalised the same
 * way, candidates come from the index (never from a scan of the lists), and each candidate gets an
 * explainable name score (see {@link NameMatcher}) adjusted by supporting facts:
 *
 * <ul>
 *   <li>birth date: same full date +10, same year (or within the list's range) +5, within one year
 *       0, further apart −15;
 *   <li>nationality: one of the entry's +5, none of them −5 (only when both sides give one);
 *   <li>document number: equal to one of the entry's +20 (a differing number takes nothing away:
 *       people hold several documents).
 * </ul>
 *
 * <p>Hits at or above the threshold ({@link #DEFAULT_THRESHOLD} unless given) are returned best
 * first, one per entry, each naming its list and list version.
 */
public final class ScreeningEngine {

  /**
   * The recommended threshold, 0-100. Chosen on the alias self-test and the public name-pair
   * benchmark (see the module README): at 80 a listed person written in another script, with parts
   * reordered, a patronymic left out, initials, another gendered ending or a typo still scores
   * above it, while a shared first name alone scores near 50.
   */
  public static final int DEFAULT_THRESHOLD = 80;

  /** The default number of hits returned per query. */
  public static final int DEFAULT_LIMIT = 10;

  private static final int BIRTH_EXACT = 10;
  private static final int BIRTH_YEAR = 5;
  private static final int BIRTH_MISMATCH = -15;
  private static final int NATIONALITY_MATCH = 5;
  private static final int NATIONALITY_MISMATCH = -5;
  private static final int DOCUMENT_MATCH = 20;

  private final List<Watchlist> lists;
  private final List<Segment> segments;

  private record Entry(
      Watchlist list, WatchlistEntry entry, Set<String> countries, Set<String> documents) {}

  /**
   * One list's entries and the catalog of their names. Each list is indexed on its own, so an
   * engine with one list replaced shares every other list's segment with the engine it came from.
   */
  private static final class Segment {
    final Watchlist list;
    final Entry[] entries;
    final NameCatalog catalog;

    Segment(Watchlist list) {
      this.list = list;
      List<Entry> all = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<List<NameToken>> tokens = new ArrayList<>();
      List<Boolean> persons = new ArrayList<>();
      Map<NameToken, NameToken> shared = new HashMap<>();
      for (WatchlistEntry e : list.entries()) {
        int ref = all.size();
        Set<String> countries = new HashSet<>();
        for (String n : e.nationalities()) {
          String code = Countries.code(n);
          if (code != null) {
            countries.add(code);
          }
        }
        Set<String> documents = new HashSet<>();
        for (String d : e.documents()) {
          documents.addAll(documentNumbers(d));
        }
        all.add(new Entry(list, e, Set.copyOf(countries), Set.copyOf(documents)));
        Set<String> seen = new HashSet<>();
        for (String n : e.names()) {
          for (String form : alternatives(n)) {
            List<NameToken> t = intern(NameNormaliser.tokens(form), shared);
            if (!t.isEmpty() && seen.add(key(t))) {
              owners.add(ref);
              names.add(form);
              tokens.add(t);
              persons.add(e.kind() == EntryKind.PERSON);
            }
          }
        }
      }
      this.entries = all.toArray(new Entry[0]);
      this.catalog = NameCatalog.build(owners, names, tokens, persons);
    }
  }

  /**
   * The tokens with each part that an earlier name of the list already holds replaced by that one
   * object: the matcher remembers a query part's similarity to a list part by the part's identity
   * ({@link PartMemo}), and the list keeps each distinct part once.
   */
  private static List<NameToken> intern(List<NameToken> tokens, Map<NameToken, NameToken> shared) {
    List<NameToken> out = new ArrayList<>(tokens.size());
    for (NameToken t : tokens) {
      NameToken before = shared.putIfAbsent(t, t);
      out.add(before == null ? t : before);
    }
    return List.copyOf(out);
  }

  private ScreeningEngine(List<Segment> segments) {
    List<Watchlist> all = new ArrayList<>();
    Set<String> listNames = new HashSet<>();
    for (Segment segment : segments) {
      if (!listNames.add(segment.list.name())) {
        throw new IllegalArgumentException("two lists named " + segment.list.name());
      }
      all.add(segment.list);
    }
    this.lists = List.copyOf(all);
    this.segments = List.copyOf(segments);
  }

  /** Indexes lists, several side by side. */
  private static List<Segment> index(List<Watchlist> lists) {
    Set<String> listNames = new HashSet<>();
    for (Watchlist list : lists) {
      if (!listNames.add(list.name())) {
        throw new IllegalArgumentException("two lists named " + list.name());
      }
    }
    if (lists.size() == 1) {
      return List.of(new Segment(lists.get(0)));
    }
    return lists.parallelStream().map(Segment::new).toList();
  }

  /** The normalised parts joined, to see two spellings of one name once. */
  private static String key(List<NameToken> tokens) {
    StringBuilder out = new StringBuilder();
    for (NameToken t : tokens) {
      out.append(t.ascii()).append(' ');
    }
    return out.toString();
  }

  /**
   * The name and, when a list writes alternatives with a slash ("Al-Qa'ida/Islamic Army"), each
   * alternative alone. A slash between single letters or digits ("A/S", "1/2") is not one.
   */
  static List<String> alternatives(String name) {
    int slash = name.indexOf('/');
    if (slash < 0) {
      return List.of(name);
    }
    List<String> out = new ArrayList<>();
    out.add(name);
    String[] parts = name.split("/");
    boolean real = parts.length > 1;
    for (String p : parts) {
      real &= p.strip().codePoints().filter(Character::isLetter).count() >= 2;
    }
    if (real) {
      for (String p : parts) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /** Builds an engine over these lists (names must differ). */
  public static ScreeningEngine of(Collection<Watchlist> lists) {
    return new ScreeningEngine(index(new ArrayList<>(lists)));
  }

  /** Builds an engine over these lists (names must differ). */
  public static ScreeningEngine of(Watchlist... lists) {
    return new ScreeningEngine(index(List.of(lists)));
  }

  /**
   * This engine with these lists added, or put in place of the lists of the same name; only they
   * are indexed, every other list's index is shared with this engine (which stays as it was).
   * Screening gives the same hits as an engine built over all the lists at once.
   */
  public ScreeningEngine with(Collection<Watchlist> replacements) {
    Map<String, Segment> built = new LinkedHashMap<>();
    for (Segment segment : index(new ArrayList<>(replacements))) {
      built.put(segment.list.name(), segment);
    }
    List<Segment> next = new ArrayList<>();
    for (Segment segment : segments) {
      Segment replaced = built.remove(segment.list.name());
      next.add(replaced != null ? replaced : segment);
    }
    next.addAll(built.values());
    return new ScreeningEngine(next);
  }

  /** This engine with this list added or put in place of the list of the same name. */
  public ScreeningEngine with(Watchlist list) {
    return with(List.of(list));
  }

  /** This engine without the list of this name (the same engine when there is none). */
  public ScreeningEngine without(String listName) {
    List<Segment> next = new ArrayList<>();
    for (Segment segment : segments) {
      if (!segment.list.name().equals(listName)) {
        next.add(segment);
      }
    }
    return next.size() == segments.size() ? this : new ScreeningEngine(next);
  }

  /** The lists screened against. */
  public List<Watchlist> watchlists() {
    return lists;
  }

  /** List name to list version, for recording with every screening result. */
  public Map<String, String> listVersions() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Watchlist l : lists) {
      out.put(l.name(), l.version());
    }
    return out;
  }

  /** How many distinct names (primary and aliases) are indexed. */
  public int nameCount() {
    int n = 0;
    for (Segment segment : segments) {
      n += segment.catalog.size();
    }
    return n;
  }

  /** Hits at the default threshold, at most {@link #DEFAULT_LIMIT}. */
  public List<ScreeningHit> screen(ScreeningQuery query) {
    return screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
  }

  /**
   * Hits scoring at least {@code threshold} (0-100), best first, at most {@code limit}.
   *
   * @throws IllegalArgumentException for a threshold outside 0-100 or a limit below 1
   */
  public List<ScreeningHit> screen(ScreeningQuery query, int threshold, int limit) {
    if (threshold < 0 || threshold > 100) {
      throw new IllegalArgumentException("threshold must be 0-100, was " + threshold);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<NameToken> tokens = NameNormaliser.queryTokens(query.name());
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<List<NameToken>> readings = readings(tokens);
    String queryCountry = Countries.code(query.nationality());
    Set<String> queryDocs =
        query.documentNumber() == null ? Set.of() : documentNumbers(query.documentNumber());
    int bonus =
        (query.birthDate() != null ? BIRTH_EXACT : 0)
            + (queryCountry != null ? NATIONALITY_MATCH : 0)
            + (queryDocs.isEmpty() ? 0 : DOCUMENT_MATCH);
    double minName = Math.max(0, (threshold - bonus - 0.5) / 100.0);

    // best name per entry, entries numbered segment by segment
    Map<Long, Best> best = new LinkedHashMap<>();
    for (List<NameToken> reading : readings) {
      NameCatalog.Probe probe = NameCatalog.Probe.of(reading);
      boolean[] known = null;
      Joins joins = null;
      PartMemo memo = null;
      for (int seg = 0; seg < segments.size(); seg++) {
        Segment segment = segments.get(seg);
        int[] ids = segment.catalog.candidates(probe, minName);
        if (ids.length == 0) {
          continue;
        }
        if (joins == null) {
          // a part written so in any list is a real name (see NameMatcher), as when indexed
          // together
          known = new boolean[reading.size()];
          for (Segment other : segments) {
            other.catalog.markKnown(probe, known);
          }
          joins = Joins.of(reading);
          memo = new PartMemo(reading.size());
        }
        for (int id : ids) {
          NameCatalog.NameRecord r = segment.catalog.name(id);
          NameMatcher.Result result =
              NameMatcher.compare(
                  reading, joins, r.tokens(), r.joins(), r.person(), known, memo, minName);
          if (result == null || result.score() < minName) {
            continue;
          }
          long owner = ((long) seg << 32) | r.owner();
          Best b = best.get(owner);
          if (b == null || result.score() > b.result.score()) {
            best.put(owner, new Best(r, reading, result));
          }
        }
      }
    }
    List<ScreeningHit> hits = new ArrayList<>();
    for (Map.Entry<Long, Best> e : best.entrySet()) {
      Entry entry = segments.get((int) (e.getKey() >>> 32)).entries[(int) (long) e.getKey()];
      Best b = e.getValue();
      int nameScore = (int) Math.round(b.result.score() * 100);
      List<Explanation.Evidence> evidence = evidence(query, queryCountry, queryDocs, entry);
      if (b.result.initialsOnly()) {
        evidence.add(0, initialsEvidence(b));
      }
      int score = nameScore;
      for (Explanation.Evidence ev : evidence) {
        score += ev.points();
      }
      score = Math.max(0, Math.min(100, score));
      if (score < threshold) {
        continue;
      }
      Explanation explanation = explain(query.name(), b, nameScore, evidence, score);
      hits.add(
          new ScreeningHit(
              entry.list.name(),
              entry.list.version(),
              entry.entry.id(),
              entry.entry.kind(),
              entry.entry.primaryName(),
              b.record.name(),
              score,
              explanation));
    }
    hits.sort(
        Comparator.comparingInt(ScreeningHit::score)
            .reversed()
            .thenComparing(ScreeningHit::listName)
            .thenComparing(ScreeningHit::entryId));
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
  }

  private record Best(
      NameCatalog.NameRecord record, List<NameToken> reading, NameMatcher.Result result) {}

  /** The query as written and, when it holds dotted initials ("N.A."), with them apart. */
  private static List<List<NameToken>> readings(List<NameToken> tokens) {
    boolean dotted = false;
    for (NameToken t : tokens) {
      dotted |= t.dottedInitials() && t.ascii().length() <= 4;
    }
    if (!dotted) {
      return List.of(tokens);
    }
    List<NameToken> split = new ArrayList<>();
    for (NameToken t : tokens) {
      if (t.dottedInitials() && t.ascii().length() <= 4) {
        // letter by letter as written: Ш.М. are two initials, not the three of its Latin "shm"
        for (char c : t.text().toCharArray()) {
          if (Character.isLetter(c)) {
            split.add(NameNormaliser.initial(c));
          }
        }
      } else {
        split.add(t);
      }
    }
    return List.of(tokens, split);
  }

  private static Explanation explain(
      String queryName, Best b, int nameScore, List<Explanation.Evidence> evidence, int score) {
    List<NameToken> q = b.reading;
    List<NameToken> l = b.record.tokens();
    List<Explanation.PartMatch> parts = new ArrayList<>();
    for (NameMatcher.Pair p : b.result.pairs()) {
      parts.add(
          new Explanation.PartMatch(
              join(q, p.q0(), p.q1()),
              join(l, p.l0(), p.l1()),
              p.method(),
              Math.min(1.0, p.sim())));
    }
    List<String> uq = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      if (!b.result.queryMatched()[i]) {
        uq.add(q.get(i).text());
      }
    }
    List<String> ul = new ArrayList<>();
    for (int j = 0; j < l.size(); j++) {
      if (!b.result.listMatched()[j]) {
        ul.add(l.get(j).text());
      }
    }
    return new Explanation(queryName, b.record.name(), nameScore, parts, uq, ul, evidence, score);
  }

  private static String join(List<NameToken> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        out.append(' ');
      }
      out.append(tokens.get(i).text());
    }
    return out.toString();
  }

  private static List<Explanation.Evidence> evidence(
      ScreeningQuery query, @Nullable String queryCountry, Set<String> queryDocs, Entry entry) {
    List<Explanation.Evidence> out = new ArrayList<>(3);
    BirthDate qb = query.birthDate();
    if (qb != null && !entry.entry.birthDates().isEmpty()) {
      out.add(birthEvidence(qb, entry.entry.birthDates()));
    }
    if (queryCountry != null && !entry.countries.isEmpty()) {
      boolean match = entry.countries.contains(queryCountry);
      out.add(
          new Explanation.Evidence(
              Explanation.EvidenceKind.NATIONALITY,
              match ? NATIONALITY_MATCH : NATIONALITY_MISMATCH,
              match ? Explanation.Outcome.AMONG_LISTED : Explanation.Outcome.NOT_LISTED,
              queryCountry,
              String.join(", ", entry.entry.nationalities())));
    }
    if (!queryDocs.isEmpty() && !entry.documents.isEmpty()) {
      for (String d : queryDocs) {
        if (entry.documents.contains(d)) {
          out.add(
              new Explanation.Evidence(
                  Explanation.EvidenceKind.DOCUMENT,
                  DOCUMENT_MATCH,
                  Explanation.Outcome.SAME_NUMBER,
                  d,
                  ""));
          break;
        }
      }
    }
    return out;
  }

  /** The initials that matched and the list parts they stand for. */
  private static Explanation.Evidence initialsEvidence(Best b) {
    List<String> initials = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (NameMatcher.Pair p : b.result.pairs()) {
      if (p.method() == MatchMethod.INITIAL) {
        initials.add(join(b.reading, p.q0(), p.q1()));
        parts.add(join(b.record.tokens(), p.l0(), p.l1()));
      }
    }
    return new Explanation.Evidence(
        Explanation.EvidenceKind.NAME_INITIALS,
        0,
        Explanation.Outcome.INITIALS_ONLY,
        String.join(" ", initials),
        String.join(" ", parts));
  }

  private static Explanation.Evidence birthEvidence(BirthDate q, List<BirthDate> listed) {
    int bestPoints = Integer.MIN_VALUE;
    Explanation.Outcome outcome = Explanation.Outcome.DIFFERENT;
    BirthDate closest = listed.get(0);
    for (BirthDate d : listed) {
      int points;
      Explanation.Outcome found;
      if (q.isFullDate() && d.isFullDate() && q.equals(d)) {
        points = BIRTH_EXACT;
        found = Explanation.Outcome.SAME_DATE;
      } else if (q.year() <= d.toYear()
          && q.toYear() >= d.year()
          && (q.month() == 0 || d.month() == 0 || q.month() == d.month())
          && (q.day() == 0
              || d.day() == 0
              || q.day() == d.day()
              || q.month() == 0
              || d.month() == 0)) {
        points = BIRTH_YEAR;
        found = Explanation.Outcome.SAME_YEAR;
      } else if (Math.abs(q.year() - d.year()) <= 1
          || Math.abs(q.toYear() - d.toYear()) <= 1
          || (q.year() <= d.toYear() && q.toYear() >= d.year())) {
        points = 0;
        found = Explanation.Outcome.CLOSE;
      } else {
        points = BIRTH_MISMATCH;
        found = Explanation.Outcome.DIFFERENT;
      }
      if (points > bestPoints) {
        bestPoints = points;
        outcome = found;
        closest = d;
      }
    }
    return new Explanation.Evidence(
        Explanation.EvidenceKind.BIRTH_DATE, bestPoints, outcome, q.toString(), closest.toString());
  }

  /**
   * Document numbers inside free text ("Russian foreign travel passport number 514448632"):
   * upper-case runs of letters and digits holding a digit, at least 4 long.
   */
  static Set<String> documentNumbers(String text) {
    Set<String> out = new HashSet<>();
    String compact = text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    if (compact.length() >= 4
        && compact.length() <= 20
        && compact.chars().anyMatch(Character::isDigit)) {
      out.add(compact);
    }
    for (String part : text.toUpperCase(Locale.ROOT).split("[\\s,;:()]+")) {
      String p = part.replaceAll("[^\\p{Alnum}]", "");
      if (p.length() >= 4 && p.chars().anyMatch(Character::isDigit)) {
        out.add(p);
      }
    }
    return out;
  }
}
