package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.kuzet.interdiction.SeizureRecorded;
import org.kuzet.program.FiscalYear;
import org.kuzet.trafficking.VictimIdentified;
import org.kuzet.trafficking.VictimReferred;
import org.kuzet.training.TrainingCompleted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actuals the results module keeps itself, one row per source record (a seizure, a completed
 * session's agency and gender, a victim's case): recording the same event twice changes nothing, so
 * a redelivered or replayed event is harmless.
 */
@Component
class KeptActuals {

  /** Seizures of one drug type and unit at one kind of post in a fiscal year. */
  record Seizures(
      int fiscalYear,
      String postKind,
      String drugType,
      String unit,
      long cases,
      BigDecimal quantity) {}

  /** Officers of one agency and gender trained under a program in a fiscal year. */
  record Trained(String programCode, int fiscalYear, String agency, String gender, int officers) {}

  /** Cases registered in a year, and how many of them were referred. */
  record VictimYear(int year, int identified, int referred) {}

  private final JdbcClient jdbc;
  private final ZoneId zone;

  KeptActuals(JdbcClient jdbc, @Value("${kuzet.default-zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  void seizure(SeizureRecorded s) {
    int fy = FiscalYear.of(s.seizedAt().atZone(zone).toLocalDate()).year();
    jdbc.sql(
            """
            INSERT INTO res_seizure (seizure_id, fiscal_year, post_kind, drug_type, unit, quantity)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
        .params(s.seizureId().value(), fy, s.postKind(), s.drugType(), s.unit(), s.quantity())
        .update();
  }

  void trained(TrainingCompleted t) {
    for (var h : t.officers()) {
      if (h.count() > 0) {
        jdbc.sql(
                """
                INSERT INTO res_trained (session_id, agency, gender, program_code, fiscal_year, officers)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(
                t.sessionId().value(),
                h.agency().value(),
                h.gender(),
                t.programCode(),
                t.fiscalYear(),
                h.count())
            .update();
      }
    }
  }

  void identified(VictimIdentified v) {
    jdbc.sql(
            "INSERT INTO res_victim (case_id, registration_year) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(v.caseId().value(), v.registrationYear())
        .update();
  }

  /** A referral may arrive before its case's identification (listeners run independently). */
  void referred(VictimReferred v) {
    jdbc.sql(
            "INSERT INTO res_victim (case_id, registration_year) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(v.caseId().value(), v.registrationYear())
        .update();
    jdbc.sql("UPDATE res_victim SET referred = TRUE WHERE case_id = ? AND NOT referred")
        .param(v.caseId().value())
        .update();
  }

  List<Seizures> seizures() {
    return jdbc.sql(
            """
            SELECT fiscal_year, post_kind, drug_type, unit, COUNT(*), SUM(quantity) FROM res_seizure
            GROUP BY fiscal_year, post_kind, drug_type, unit ORDER BY fiscal_year, post_kind, drug_type, unit""")
        .query(
            (rs, n) ->
                new Seizures(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getBigDecimal(6)))
        .list();
  }

  List<Trained> trained() {
    return jdbc.sql(
            """
            SELECT program_code, fiscal_year, agency, gender, SUM(officers) FROM res_trained
            GROUP BY program_code, fiscal_year, agency, gender ORDER BY program_code, fiscal_year, agency, gender""")
        .query(
            (rs, n) ->
                new Trained(
                    rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
        .list();
  }

  List<VictimYear> victims() {
    return jdbc.sql(
            """
            SELECT registration_year, COUNT(*), SUM(CASE WHEN referred THEN 1 ELSE 0 END) FROM res_victim
            GROUP BY registration_year ORDER BY registration_year""")
        .query((rs, n) -> new VictimYear(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
        .list();
  }
}
