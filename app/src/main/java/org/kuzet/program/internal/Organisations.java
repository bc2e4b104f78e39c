package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The program's own register of partner and counterpart organisations. */
@Repository
public class Organisations {

  private final JdbcClient jdbc;

  Organisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Organisation> all() {
    return jdbc.sql("SELECT * FROM prog_organisation ORDER BY name_en").query(this::row).list();
  }

  List<Organisation> filtered(Where where) {
    return where
        .bind(jdbc.sql("SELECT * FROM prog_organisation" + where.sql() + " ORDER BY name_en"))
        .query(this::row)
        .list();
  }

  Map<String, Organisation> byCode() {
    var map = new LinkedHashMap<String, Organisation>();
    all().forEach(o -> map.put(o.code(), o));
    return map;
  }

  Optional<Organisation> find(String code) {
    return jdbc.sql("SELECT * FROM prog_organisation WHERE code = ?")
        .param(code)
        .query(this::row)
        .optional();
  }

  boolean exists(String code) {
    return find(code).isPresent();
  }

  public void insert(Organisation o) {
    jdbc.sql(
            "INSERT INTO prog_organisation (code, abbreviation, name_en, name_ru, name_kk, kind) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.asList(
                o.code(), o.abbreviation(), o.nameEn(), o.nameRu(), o.nameKk(), o.kind().name()))
        .update();
  }

  void update(Organisation o) {
    jdbc.sql(
            "UPDATE prog_organisation SET abbreviation = ?, name_en = ?, name_ru = ?, name_kk = ?, kind = ? WHERE code = ?")
        .params(
            Arrays.asList(
                o.abbreviation(), o.nameEn(), o.nameRu(), o.nameKk(), o.kind().name(), o.code()))
        .update();
  }

  private Organisation row(ResultSet rs, int n) throws SQLException {
    return new Organisation(
        rs.getString("code"),
        rs.getString("abbreviation"),
        rs.getString("name_en"),
        rs.getString("name_ru"),
        rs.getString("name_kk"),
        Kinds.OrgKind.valueOf(rs.getString("kind")));
  }
}
