package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cost-share ledger: host-government and donor contributions per project and year. */
@Repository
public class CostShares {

  public record CostShare(
      long id,
      ProjectId projectId,
      int year,
      Kinds.Side side,
      Kinds.CostKind kind,
      String contributor,
      String description,
      @Nullable BigDecimal valuation,
      @Nullable String currency,
      boolean illustrative,
      @Nullable String descriptionRu,
      @Nullable String descriptionKk) {

    /** The description in the reader's language, or the base description where it has none. */
    public String description(Locale locale) {
      return LocalNames.in(locale, description, descriptionRu, descriptionKk);
    }
  }

  private final JdbcClient jdbc;

  CostShares(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CostShare> list(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT c.* FROM prog_cost_share c"
                    + where.sql()
                    + " ORDER BY c.contribution_year, c.project_id, c.side DESC, c.id"))
        .query(this::row)
        .list();
  }

  Optional<CostShare> find(long id) {
    return jdbc.sql("SELECT * FROM prog_cost_share WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  public long insert(CostShare c) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_cost_share
              (id, project_id, contribution_year, side, kind, contributor, description, valuation, currency, illustrative,
               description_ru, description_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                c.projectId().value(),
                c.year(),
                c.side().name(),
                c.kind().name(),
                c.contributor(),
                c.description(),
                c.valuation(),
                c.currency(),
                c.illustrative(),
                c.descriptionRu(),
                c.descriptionKk()))
        .update();
    return id;
  }

  void update(CostShare c) {
    jdbc.sql(
            """
            UPDATE prog_cost_share SET description_ru = CASE WHEN description = ? THEN description_ru END,
              description_kk = CASE WHEN description = ? THEN description_kk END,
              project_id = ?, contribution_year = ?, side = ?, kind = ?, contributor = ?,
              description = ?, valuation = ?, currency = ?, illustrative = ?
            WHERE id = ?""")
        // The translations of a description stay while the description does; a new one drops them.
        .params(
            Arrays.asList(
                c.description(),
                c.description(),
                c.projectId().value(),
                c.year(),
                c.side().name(),
                c.kind().name(),
                c.contributor(),
                c.description(),
                c.valuation(),
                c.currency(),
                c.illustrative(),
                c.id()))
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM prog_cost_share WHERE id = ?").param(id).update();
  }

  private CostShare row(ResultSet rs, int n) throws SQLException {
    return new CostShare(
        rs.getLong("id"),
        new ProjectId(rs.getLong("project_id")),
        rs.getInt("contribution_year"),
        Kinds.Side.valueOf(rs.getString("side")),
        Kinds.CostKind.valueOf(rs.getString("kind")),
        rs.getString("contributor"),
        rs.getString("description"),
        rs.getBigDecimal("valuation"),
        rs.getString("currency"),
        rs.getBoolean("illustrative"),
        rs.getString("description_ru"),
        rs.getString("description_kk"));
  }

  /**
   * Gives contributions described as {@code description} their Russian and Kazakh descriptions
   * unless they have one.
   */
  public void translateIfUntranslated(
      String description, String descriptionRu, String descriptionKk) {
    jdbc.sql(
            "UPDATE prog_cost_share SET description_ru = ?, description_kk = ?"
                + " WHERE description = ? AND description_ru IS NULL AND description_kk IS NULL")
        .params(descriptionRu, descriptionKk, description)
        .update();
  }
}
