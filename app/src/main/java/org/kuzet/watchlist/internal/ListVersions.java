package org.kuzet.watchlist.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wl_list, wl_version, wl_version_file and wl_version_change tables. */
@Repository
public class ListVersions {

  enum Status {
    STAGED,
    ACTIVE,
    RETIRED
  }

  record ListRow(long id, String name, ListFormat format, @Nullable String description) {

    /**
     * The message key that words the description in the reader's language when it is the one the
     * application ships with the list (UN, OFAC, the demo national list), else null: a description
     * someone typed shows as written.
     */
    public @Nullable String descriptionKey() {
      return description != null && description.equals(ShippedLists.DESCRIPTIONS.get(name))
          ? "watchlist.description." + name
          : null;
    }
  }

  public record VersionRow(
      long id,
      long listId,
      String listName,
      ListFormat format,
      int seqNo,
      String sha256,
      String sourceName,
      String uploadedBy,
      Instant uploadedAt,
      int entryCount,
      Status status,
      @Nullable Long comparedWith,
      int addedCount,
      int changedCount,
      int removedCount,
      @Nullable String activatedBy,
      @Nullable Instant activatedAt) {

    public String shortSha() {
      return sha256.substring(0, 12);
    }

    public boolean active() {
      return status == Status.ACTIVE;
    }
  }

  private static final String VERSION_SELECT =
      """
      SELECT v.*, l.name AS list_name, l.format AS list_format
      FROM wl_version v JOIN wl_list l ON l.id = v.list_id
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ListVersions(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public Optional<ListRow> findList(String name) {
    return jdbc.sql("SELECT * FROM wl_list WHERE name = ?")
        .param(name)
        .query(this::listRow)
        .optional();
  }

  List<ListRow> lists() {
    return jdbc.sql("SELECT * FROM wl_list ORDER BY name").query(this::listRow).list();
  }

  long createList(String name, ListFormat format, @Nullable String description, Instant at) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO wl_list (id, name, format, description, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(Arrays.asList(id, name, format.name(), description, utc(at)))
        .update();
    return id;
  }

  Optional<VersionRow> find(long versionId) {
    return jdbc.sql(VERSION_SELECT + " WHERE v.id = ?")
        .param(versionId)
        .query(this::versionRow)
        .optional();
  }

  Optional<VersionRow> findBySha(long listId, String sha256) {
    return jdbc.sql(VERSION_SELECT + " WHERE v.list_id = ? AND v.sha256 = ?")
        .params(listId, sha256)
        .query(this::versionRow)
        .optional();
  }

  Optional<VersionRow> activeVersion(long listId) {
    return jdbc.sql(VERSION_SELECT + " WHERE v.list_id = ? AND v.status = 'ACTIVE'")
        .param(listId)
        .query(this::versionRow)
        .optional();
  }

  List<VersionRow> activeVersions() {
    return jdbc.sql(VERSION_SELECT + " WHERE v.status = 'ACTIVE' ORDER BY l.name")
        .query(this::versionRow)
        .list();
  }

  List<VersionRow> versionsOf(long listId) {
    return jdbc.sql(VERSION_SELECT + " WHERE v.list_id = ? ORDER BY v.seq_no DESC")
        .param(listId)
        .query(this::versionRow)
        .list();
  }

  long insertVersion(
      long listId,
      String sha256,
      String sourceName,
      String uploadedBy,
      Instant uploadedAt,
      int entryCount,
      @Nullable Long comparedWith,
      ListDiff diff) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    int seqNo =
        jdbc.sql("SELECT COALESCE(MAX(seq_no), 0) + 1 FROM wl_version WHERE list_id = ?")
            .param(listId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO wl_version (id, list_id, seq_no, sha256, source_name, uploaded_by,
              uploaded_at, entry_count, status, compared_with, added_count, changed_count,
              removed_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'STAGED', ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                listId,
                seqNo,
                sha256,
                sourceName,
                uploadedBy,
                utc(uploadedAt),
                entryCount,
                comparedWith,
                (int) diff.count(ListDiff.Kind.ADDED),
                (int) diff.count(ListDiff.Kind.CHANGED),
                (int) diff.count(ListDiff.Kind.REMOVED)))
        .update();
    return id;
  }

  void insertFile(long versionId, String part, String fileName, byte[] content) {
    jdbc.sql(
            "INSERT INTO wl_version_file (version_id, part, file_name, content) VALUES (?, ?, ?, ?)")
        .params(versionId, part, clip(fileName, 300), content)
        .update();
  }

  Map<String, ListUpload.SourceFile> files(long versionId) {
    Map<String, ListUpload.SourceFile> out = new LinkedHashMap<>();
    jdbc.sql("SELECT part, file_name, content FROM wl_version_file WHERE version_id = ?")
        .param(versionId)
        .query(
            (ResultSet rs) -> {
              out.put(
                  rs.getString("part"),
                  new ListUpload.SourceFile(rs.getString("file_name"), rs.getBytes("content")));
            });
    return out;
  }

  void insertChanges(long versionId, List<ListDiff.Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    List<Object[]> rows =
        changes.stream()
            .map(
                c ->
                    new Object[] {
                      versionId, c.kind().name(), clip(c.entryId(), 100), c.entryName(), c.detail()
                    })
            .toList();
    // Batched: a first comparison with a big list has thousands of rows.
    for (int from = 0; from < rows.size(); from += 500) {
      batch.batchUpdate(
          "INSERT INTO wl_version_change (version_id, kind, entry_id, entry_name, detail)"
              + " VALUES (?, ?, ?, ?, ?)",
          rows.subList(from, Math.min(rows.size(), from + 500)));
    }
  }

  List<ListDiff.Change> changes(long versionId, ListDiff.Kind kind, int limit) {
    return jdbc.sql(
            """
            SELECT kind, entry_id, entry_name, detail FROM wl_version_change
            WHERE version_id = ? AND kind = ? ORDER BY id FETCH FIRST ? ROWS ONLY""")
        .params(versionId, kind.name(), limit)
        .query(
            (rs, n) ->
                new ListDiff.Change(
                    ListDiff.Kind.valueOf(rs.getString("kind")),
                    rs.getString("entry_id"),
                    rs.getString("entry_name"),
                    rs.getString("detail")))
        .list();
  }

  void setStatus(long versionId, Status status) {
    jdbc.sql("UPDATE wl_version SET status = ? WHERE id = ?")
        .params(status.name(), versionId)
        .update();
  }

  void markActive(long versionId, String by, Instant at) {
    jdbc.sql(
            "UPDATE wl_version SET status = 'ACTIVE', activated_by = ?, activated_at = ? WHERE id = ?")
        .params(by, utc(at), versionId)
        .update();
  }

  private ListRow listRow(ResultSet rs, int n) throws SQLException {
    return new ListRow(
        rs.getLong("id"),
        rs.getString("name"),
        ListFormat.valueOf(rs.getString("format")),
        rs.getString("description"));
  }

  private VersionRow versionRow(ResultSet rs, int n) throws SQLException {
    long compared = rs.getLong("compared_with");
    Long comparedWith = rs.wasNull() ? null : compared;
    return new VersionRow(
        rs.getLong("id"),
        rs.getLong("list_id"),
        rs.getString("list_name"),
        ListFormat.valueOf(rs.getString("list_format")),
        rs.getInt("seq_no"),
        rs.getString("sha256"),
        rs.getString("source_name"),
        rs.getString("uploaded_by"),
        instant(rs, "uploaded_at"),
        rs.getInt("entry_count"),
        Status.valueOf(rs.getString("status")),
        comparedWith,
        rs.getInt("added_count"),
        rs.getInt("changed_count"),
        rs.getInt("removed_count"),
        rs.getString("activated_by"),
        rs.getObject("activated_at") == null ? null : instant(rs, "activated_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
