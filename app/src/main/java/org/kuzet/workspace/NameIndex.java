package org.kuzet.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's search index of names, kept in the module's own tables: one row per name part key
 * ({@link SearchKeys#nameTokens}) and record reference, so that a name query is a few indexed
 * equality look-ups instead of a scan. The module gives its table names (created by its own
 * migration, see below) and a reader of its source rows; this class only does the bookkeeping.
 *
 * <p>Tables, with the module's prefix:
 *
 * <pre>
 * CREATE TABLE xxx_search_name (source VARCHAR(20), token VARCHAR(100), ref VARCHAR(200),
 *     person_key VARCHAR(300), PRIMARY KEY (source, token, ref));
 * CREATE INDEX xxx_search_name_person ON xxx_search_name (source, person_key);
 * CREATE TABLE xxx_search_mark (source VARCHAR(20) PRIMARY KEY, last_id BIGINT NOT NULL);
 * </pre>
 *
 * <p>The index follows its source by id: {@link #catchUp} reads the source rows with an id above
 * the last one indexed (less a margin, because ids from the shared sequence are not committed in
 * order) and adds their keys. Providers call it before each search, so a record logged a moment ago
 * is found; it costs one indexed range read when nothing is new. Records renamed after they were
 * indexed are found under their new name once {@link #rebuild} runs (providers whose records can be
 * renamed run it from {@link SearchProvider#namesChanged}, after their module published {@link
 * SearchNamesChanged}).
 */
public final class NameIndex {

  /** A source row: its id (ascending with insertion), the reference a hit resolves, the name. */
  public record Row(long id, String ref, String name) {}

  /** Reads the source rows with an id above the given one. */
  @FunctionalInterface
  public interface Source {
    List<Row> rowsAfter(long id);
  }

  /** Ids are taken from one sequence by concurrent transactions: re-read this many behind. */
  static final long MARGIN = 10_000;

  private static final Pattern TABLE = Pattern.compile("[a-z]{2,5}_search_(name|mark)");
  private static final int MAX_KNOWN = 200_000;

  private final JdbcClient jdbc;
  private final String names;
  private final String marks;
  private final String source;
  private final Source reader;

  /** (ref, person key) pairs known to be indexed, so re-reading the margin costs no writes. */
  private final Set<String> known = new HashSet<>();

  public NameIndex(JdbcClient jdbc, String prefix, String source, Source reader) {
    this.jdbc = jdbc;
    this.names = prefix + "_search_name";
    this.marks = prefix + "_search_mark";
    if (!TABLE.matcher(names).matches() || source.isBlank() || source.length() > 20) {
      throw new IllegalArgumentException("bad search index " + prefix + "/" + source);
    }
    this.source = source;
    this.reader = reader;
  }

  /** Indexes the source rows added since the last call. */
  public synchronized void catchUp() {
    long last =
        jdbc.sql("SELECT last_id FROM " + marks + " WHERE source = ?")
            .param(source)
            .query(Long.class)
            .optional()
            .orElse(-1L);
    List<Row> rows = reader.rowsAfter(Math.max(0, last - MARGIN));
    long max = Math.max(last, 0);
    for (Row row : rows) {
      max = Math.max(max, row.id());
      add(row.ref(), row.name());
    }
    if (last < 0) {
      jdbc.sql("INSERT INTO " + marks + " (source, last_id) VALUES (?, ?)")
          .params(source, max)
          .update();
    } else if (max > last) {
      jdbc.sql("UPDATE " + marks + " SET last_id = ? WHERE source = ?")
          .params(max, source)
          .update();
    }
  }

  /** Forgets the index and builds it again from every source row (after renames). */
  public synchronized void rebuild() {
    jdbc.sql("DELETE FROM " + names + " WHERE source = ?").param(source).update();
    jdbc.sql("DELETE FROM " + marks + " WHERE source = ?").param(source).update();
    known.clear();
    catchUp();
  }

  private void add(String ref, String name) {
    String personKey = SearchKeys.personKey(name);
    if (personKey.isEmpty() || !known.add(ref + "\u0000" + personKey)) {
      return;
    }
    if (known.size() > MAX_KNOWN) {
      known.clear();
    }
    for (String token : SearchKeys.nameTokens(name)) {
      try {
        jdbc.sql(
                "INSERT INTO "
                    + names
                    + " (source, token, ref, person_key) SELECT ?, ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM "
                    + names
                    + " WHERE source = ? AND token = ? AND ref = ?)")
            .params(source, token, ref, personKey, source, token, ref)
            .update();
      } catch (DuplicateKeyException alreadyThere) {
        // another instance of the application indexed it at the same moment
      }
    }
  }

  /**
   * References whose names hold every token, at most {@code limit}, each with its person key. The
   * first token's references, kept when the other tokens have them too. Synchronized with {@link
   * #rebuild}, so a look-up never sees the index half rebuilt.
   */
  public synchronized Map<String, String> find(Collection<String> tokens, int limit) {
    if (tokens.isEmpty()) {
      return Map.of();
    }
    catchUp();
    List<String> all = List.copyOf(new LinkedHashSet<>(tokens));
    Map<String, String> out = new LinkedHashMap<>();
    // Candidates of the first token, bounded: a very common part alone yields the first few.
    var first =
        jdbc.sql(
                "SELECT ref, person_key FROM "
                    + names
                    + " WHERE source = ? AND token = ? ORDER BY ref")
            .params(source, all.get(0))
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    Set<String> keep = null;
    for (String other : all.subList(1, all.size())) {
      var refs =
          new HashSet<>(
              jdbc.sql("SELECT ref FROM " + names + " WHERE source = ? AND token = ?")
                  .params(source, other)
                  .query(String.class)
                  .list());
      if (keep == null) {
        keep = refs;
      } else {
        keep.retainAll(refs);
      }
    }
    for (String[] c : first) {
      if (keep == null || keep.contains(c[0])) {
        out.put(c[0], c[1]);
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  /** References indexed under this person key. */
  public synchronized List<String> refsOf(String personKey) {
    catchUp();
    return new ArrayList<>(
        new LinkedHashSet<>(
            jdbc.sql(
                    "SELECT ref FROM "
                        + names
                        + " WHERE source = ? AND person_key = ? ORDER BY ref")
                .params(source, personKey)
                .query(String.class)
                .list()));
  }
}
