package org.kuzet.interdiction.internal.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posts and their staff, in {@code intd_post} and {@code intd_post_staff}. */
@Repository
public class Posts {

  private final JdbcClient jdbc;

  Posts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Post> all() {
    return jdbc.sql("SELECT * FROM intd_post ORDER BY kind, section, name")
        .query(Posts::row)
        .list();
  }

  public Optional<Post> byId(PostId id) {
    return jdbc.sql("SELECT * FROM intd_post WHERE id = ?")
        .param(id.value())
        .query(Posts::row)
        .optional();
  }

  public Optional<Post> byCode(String code) {
    return jdbc.sql("SELECT * FROM intd_post WHERE code = ?")
        .param(code)
        .query(Posts::row)
        .optional();
  }

  public List<Post> operatedBy(AgencyCode agency) {
    return jdbc.sql("SELECT * FROM intd_post WHERE agency_code = ? ORDER BY kind, section, name")
        .param(agency.value())
        .query(Posts::row)
        .list();
  }

  /** Posts a user is assigned to as staff. */
  public List<Post> staffedBy(String username) {
    return jdbc.sql(
            """
            SELECT p.* FROM intd_post p JOIN intd_post_staff s ON s.post_id = p.id
            WHERE s.username = ? ORDER BY p.name""")
        .param(username)
        .query(Posts::row)
        .list();
  }

  public List<String> staff(PostId postId) {
    return jdbc.sql("SELECT username FROM intd_post_staff WHERE post_id = ? ORDER BY username")
        .param(postId.value())
        .query(String.class)
        .list();
  }

  public long insert(Post p, Instant now) {
    return jdbc.sql(
                    """
            INSERT INTO intd_post (code, name, kind, agency_code, section, region_iso, region_name,
              neighbour_country, neighbour_post, latitude, longitude, illustrative, note, register_location,
              created_at, name_ru, name_kk, note_ru, note_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                    Arrays.asList(
                        p.code(),
                        p.name(),
                        p.kind().name(),
                        p.agency().value(),
                        p.section(),
                        p.regionIso(),
                        p.regionName(),
                        p.neighbourCountry(),
                        p.neighbourPost(),
                        p.latitude(),
                        p.longitude(),
                        p.illustrative(),
                        p.note(),
                        p.registerLocation(),
                        now.atOffset(ZoneOffset.UTC),
                        p.nameRu(),
                        p.nameKk(),
                        p.noteRu(),
                        p.noteKk()))
                .update()
            == 1
        ? byCode(p.code()).orElseThrow().id().value()
        : 0;
  }

  public void assign(PostId postId, String username, Instant now) {
    int known =
        jdbc.sql("SELECT COUNT(*) FROM intd_post_staff WHERE post_id = ? AND username = ?")
            .params(postId.value(), username)
            .query(Integer.class)
            .single();
    if (known == 0) {
      jdbc.sql("INSERT INTO intd_post_staff (post_id, username, assigned_at) VALUES (?, ?, ?)")
          .params(postId.value(), username, now.atOffset(ZoneOffset.UTC))
          .update();
    }
  }

  static Post row(ResultSet rs, int n) throws SQLException {
    return new Post(
        new PostId(rs.getLong("id")),
        rs.getString("code"),
        rs.getString("name"),
        PostKind.valueOf(rs.getString("kind")),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("section"),
        rs.getString("region_iso"),
        rs.getString("region_name"),
        trimmed(rs.getString("neighbour_country")),
        rs.getString("neighbour_post"),
        rs.getDouble("latitude"),
        rs.getDouble("longitude"),
        rs.getBoolean("illustrative"),
        rs.getString("note"),
        rs.getString("register_location"),
        rs.getString("name_ru"),
        rs.getString("name_kk"),
        rs.getString("note_ru"),
        rs.getString("note_kk"));
  }

  /**
   * Gives a post its Russian and Kazakh name and note where it has none yet (a demo database made
   * before posts had them); a translation someone entered stays.
   */
  public void translateIfUntranslated(
      String code,
      @Nullable String nameRu,
      @Nullable String nameKk,
      @Nullable String noteRu,
      @Nullable String noteKk) {
    jdbc.sql(
            """
            UPDATE intd_post SET name_ru = COALESCE(name_ru, ?), name_kk = COALESCE(name_kk, ?),
              note_ru = COALESCE(note_ru, ?), note_kk = COALESCE(note_kk, ?)
            WHERE code = ?""")
        .params(Arrays.asList(nameRu, nameKk, noteRu, noteKk, code))
        .update();
  }

  public static @Nullable String trimmed(@Nullable String s) {
    return s == null ? null : s.strip();
  }
}
