package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funding lines: how much a program (or one of its projects) got in a fiscal year, from where. */
@Repository
public class FundingLines {

  public record FundingLine(
      long id,
      ProgramId programId,
      @Nullable ProjectId projectId,
      int fiscalYear,
      String sourceCode,
      BigDecimal obligated,
      @Nullable BigDecimal spent,
      String currency,
      @Nullable String note,
      boolean illustrative) {}

  public record Source(
      String code, String nameEn, @Nullable String nameRu, @Nullable String nameKk) {
    String name(String lang) {
      String n =
          switch (lang) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
          };
      return n == null || n.isBlank() ? nameEn : n;
    }
  }

  /** One fiscal year's total in one currency, with the sources it came from. */
  record YearTotal(int fiscalYear, String currency, BigDecimal obligated, BigDecimal spent) {}

  private final JdbcClient jdbc;

  FundingLines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<FundingLine> list(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT f.* FROM prog_funding f"
                    + where.sql()
                    + " ORDER BY f.fiscal_year, f.program_id, f.id"))
        .query(this::row)
        .list();
  }

  Optional<FundingLine> find(long id) {
    return jdbc.sql("SELECT * FROM prog_funding WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  /** Totals per fiscal year and currency over the lines the filter selects. */
  List<YearTotal> totals(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT f.fiscal_year, f.currency, SUM(f.obligated) AS obligated, SUM(COALESCE(f.spent, 0)) AS spent"
                    + " FROM prog_funding f"
                    + where.sql()
                    + " GROUP BY f.fiscal_year, f.currency ORDER BY f.fiscal_year, f.currency"))
        .query(
            (rs, n) ->
                new YearTotal(
                    rs.getInt("fiscal_year"),
                    rs.getString("currency"),
                    rs.getBigDecimal("obligated"),
                    rs.getBigDecimal("spent")))
        .list();
  }

  /** The funding sources of a country's lines, in order of first use. */
  List<String> sourcesOfCountry(String country) {
    return jdbc.sql(
            """
            SELECT f.source_code, MIN(f.fiscal_year) AS first_year FROM prog_funding f
            JOIN prog_program p ON p.id = f.program_id
            WHERE p.country_code = ? GROUP BY f.source_code ORDER BY first_year, f.source_code""")
        .param(country)
        .query((rs, n) -> rs.getString("source_code"))
        .list();
  }

  List<Source> sources() {
    return jdbc.sql("SELECT * FROM prog_funding_source ORDER BY code")
        .query(
            (rs, n) ->
                new Source(
                    rs.getString("code"),
                    rs.getString("name_en"),
                    rs.getString("name_ru"),
                    rs.getString("name_kk")))
        .list();
  }

  Map<String, Source> sourcesByCode() {
    var map = new LinkedHashMap<String, Source>();
    sources().forEach(s -> map.put(s.code(), s));
    return map;
  }

  public void insertSource(Source s) {
    jdbc.sql(
            "INSERT INTO prog_funding_source (code, name_en, name_ru, name_kk) VALUES (?, ?, ?, ?)")
        .params(Arrays.asList(s.code(), s.nameEn(), s.nameRu(), s.nameKk()))
        .update();
  }

  public long insert(FundingLine f) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_funding
              (id, program_id, project_id, fiscal_year, source_code, obligated, spent, currency, note, illustrative)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                f.programId().value(),
                ProjectId.numberOf(f.projectId()),
                f.fiscalYear(),
                f.sourceCode(),
                f.obligated(),
                f.spent(),
                f.currency(),
                f.note(),
                f.illustrative()))
        .update();
    return id;
  }

  void update(FundingLine f) {
    jdbc.sql(
            """
            UPDATE prog_funding SET program_id = ?, project_id = ?, fiscal_year = ?, source_code = ?,
              obligated = ?, spent = ?, currency = ?, note = ?, illustrative = ?
            WHERE id = ?""")
        .params(
            Arrays.asList(
                f.programId().value(),
                ProjectId.numberOf(f.projectId()),
                f.fiscalYear(),
                f.sourceCode(),
                f.obligated(),
                f.spent(),
                f.currency(),
                f.note(),
                f.illustrative(),
                f.id()))
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM prog_funding WHERE id = ?").param(id).update();
  }

  private FundingLine row(ResultSet rs, int n) throws SQLException {
    // wasNull speaks of the column read last, so the project is read on its own.
    long project = rs.getLong("project_id");
    ProjectId projectId = rs.wasNull() ? null : new ProjectId(project);
    return new FundingLine(
        rs.getLong("id"),
        new ProgramId(rs.getLong("program_id")),
        projectId,
        rs.getInt("fiscal_year"),
        rs.getString("source_code"),
        rs.getBigDecimal("obligated"),
        rs.getBigDecimal("spent"),
        rs.getString("currency"),
        rs.getString("note"),
        rs.getBoolean("illustrative"));
  }
}
