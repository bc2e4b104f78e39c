package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators and their targets per fiscal year. */
@Repository
public class Indicators {

  private final JdbcClient jdbc;

  Indicators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Indicator> all() {
    return jdbc.sql("SELECT * FROM res_indicator ORDER BY program_code, sort_order, code")
        .query(this::row)
        .list();
  }

  List<Indicator> ofProgram(String programCode) {
    return jdbc.sql("SELECT * FROM res_indicator WHERE program_code = ? ORDER BY sort_order, code")
        .param(programCode)
        .query(this::row)
        .list();
  }

  Optional<Indicator> find(long id) {
    return jdbc.sql("SELECT * FROM res_indicator WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  public boolean any() {
    return jdbc.sql("SELECT COUNT(*) FROM res_indicator").query(Long.class).single() > 0;
  }

  public long insert(Indicator i) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO res_indicator (id, program_code, code, measure, scope, unit, name_en, name_ru, name_kk,
              definition_en, definition_ru, definition_kk, baseline, baseline_year, cost_per_unit,
              on_factsheet, sort_order, illustrative)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                i.programCode(),
                i.code(),
                i.measure().name(),
                i.scope(),
                i.unit(),
                i.nameEn(),
                i.nameRu(),
                i.nameKk(),
                i.definitionEn(),
                i.definitionRu(),
                i.definitionKk(),
                i.baseline(),
                i.baselineYear(),
                i.costPerUnit(),
                i.onFactsheet(),
                i.sortOrder(),
                i.illustrative()))
        .update();
    return id;
  }

  boolean codeTaken(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM res_indicator WHERE code = ?")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  int nextSortOrder(String programCode) {
    Integer max =
        jdbc.sql("SELECT MAX(sort_order) FROM res_indicator WHERE program_code = ?")
            .param(programCode)
            .query(Integer.class)
            .optional()
            .orElse(null);
    return max == null ? 10 : max + 10;
  }

  /** Changes what may change after creation: not the code, program or measure. */
  void update(Indicator i) {
    jdbc.sql(
            """
            UPDATE res_indicator SET scope = ?, unit = ?, name_en = ?, name_ru = ?, name_kk = ?, definition_en = ?,
              definition_ru = ?, definition_kk = ?, baseline = ?, baseline_year = ?, cost_per_unit = ?,
              on_factsheet = ?, sort_order = ?, illustrative = ?
            WHERE id = ?""")
        .params(
            Arrays.asList(
                i.scope(),
                i.unit(),
                i.nameEn(),
                i.nameRu(),
                i.nameKk(),
                i.definitionEn(),
                i.definitionRu(),
                i.definitionKk(),
                i.baseline(),
                i.baselineYear(),
                i.costPerUnit(),
                i.onFactsheet(),
                i.sortOrder(),
                i.illustrative(),
                i.id()))
        .update();
  }

  /** Targets of an indicator by fiscal year, oldest first. */
  Map<Integer, BigDecimal> targets(long indicatorId) {
    var map = new TreeMap<Integer, BigDecimal>();
    jdbc.sql("SELECT fiscal_year, target FROM res_target WHERE indicator_id = ?")
        .param(indicatorId)
        .query(
            rs -> {
              map.put(rs.getInt(1), rs.getBigDecimal(2));
            });
    return map;
  }

  public void setTarget(
      long indicatorId, int fiscalYear, BigDecimal target, String by, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE res_target SET target = ?, set_by = ?, set_at = ? WHERE indicator_id = ? AND fiscal_year = ?")
            .params(target, by, at.atOffset(ZoneOffset.UTC), indicatorId, fiscalYear)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO res_target (indicator_id, fiscal_year, target, set_by, set_at) VALUES (?, ?, ?, ?, ?)")
          .params(indicatorId, fiscalYear, target, by, at.atOffset(ZoneOffset.UTC))
          .update();
    }
  }

  boolean removeTarget(long indicatorId, int fiscalYear) {
    return jdbc.sql("DELETE FROM res_target WHERE indicator_id = ? AND fiscal_year = ?")
            .params(indicatorId, fiscalYear)
            .update()
        > 0;
  }

  private Indicator row(ResultSet rs, int n) throws SQLException {
    int baselineYear = rs.getInt("baseline_year");
    Integer by = rs.wasNull() ? null : baselineYear;
    return new Indicator(
        rs.getLong("id"),
        rs.getString("program_code"),
        rs.getString("code"),
        Measure.valueOf(rs.getString("measure")),
        rs.getString("scope"),
        rs.getString("unit"),
        rs.getString("name_en"),
        rs.getString("name_ru"),
        rs.getString("name_kk"),
        rs.getString("definition_en"),
        rs.getString("definition_ru"),
        rs.getString("definition_kk"),
        rs.getBigDecimal("baseline"),
        by,
        rs.getBoolean("cost_per_unit"),
        rs.getBoolean("on_factsheet"),
        rs.getInt("sort_order"),
        rs.getBoolean("illustrative"));
  }
}
