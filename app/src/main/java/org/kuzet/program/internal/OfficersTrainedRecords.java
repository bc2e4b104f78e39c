package org.kuzet.program.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.identity.AgencyCode;
import org.kuzet.program.OfficersTrained;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers trained as reported by other modules, one row per source reference. */
@Repository
class OfficersTrainedRecords {

  record Record(
      long id,
      String sourceRef,
      String programCode,
      AgencyCode agency,
      int fiscalYear,
      int officers,
      int women,
      LocalDate completedOn) {}

  record Total(String programCode, int officers, int women, int sessions) {}

  private final JdbcClient jdbc;

  OfficersTrainedRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the event unless its source reference was recorded before; says whether it did. */
  boolean recordOnce(OfficersTrained e, Instant at) {
    boolean known =
        jdbc.sql("SELECT COUNT(*) FROM prog_officers_trained WHERE source_ref = ?")
                .param(e.sourceRef())
                .query(Long.class)
                .single()
            > 0;
    if (known) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO prog_officers_trained
              (source_ref, program_code, agency_code, fiscal_year, officers, women, completed_on, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            e.sourceRef(),
            e.programCode(),
            e.agency().value(),
            e.fiscalYear(),
            e.officers(),
            e.women(),
            e.completedOn(),
            at.atOffset(ZoneOffset.UTC))
        .update();
    return true;
  }

  List<Record> list(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT t.* FROM prog_officers_trained t"
                    + where.sql()
                    + " ORDER BY t.completed_on DESC, t.id"))
        .query(
            (rs, n) ->
                new Record(
                    rs.getLong("id"),
                    rs.getString("source_ref"),
                    rs.getString("program_code"),
                    AgencyCode.of(rs.getString("agency_code")),
                    rs.getInt("fiscal_year"),
                    rs.getInt("officers"),
                    rs.getInt("women"),
                    rs.getObject("completed_on", LocalDate.class)))
        .list();
  }

  /** Totals per program code. */
  Map<String, Total> totalsByProgram() {
    return totalsByProgram(LocalDate.of(9999, 12, 31));
  }

  /** The totals of the trainings completed on or before {@code asOf}. */
  Map<String, Total> totalsByProgram(LocalDate asOf) {
    var map = new LinkedHashMap<String, Total>();
    jdbc.sql(
            "SELECT program_code, SUM(officers) AS officers, SUM(women) AS women, COUNT(*) AS sessions FROM prog_officers_trained"
                + " WHERE completed_on <= ? GROUP BY program_code ORDER BY program_code")
        .param(asOf)
        .query(
            rs -> {
              map.put(
                  rs.getString("program_code"),
                  new Total(
                      rs.getString("program_code"),
                      rs.getInt("officers"),
                      rs.getInt("women"),
                      rs.getInt("sessions")));
            });
    return map;
  }
}
