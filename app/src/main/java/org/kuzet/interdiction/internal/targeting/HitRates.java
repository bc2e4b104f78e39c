package org.kuzet.interdiction.internal.targeting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each rule's hit rate, from the records: of the inspections where it fired, how many were searched
 * (any result but cleared) and how many of those found something (a seizure recorded on the
 * inspection, or the result "seized").
 */
@Repository
public class HitRates {

  private final JdbcClient jdbc;

  HitRates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One rule's record. */
  public record HitRate(String code, long fired, long searched, long found) {
    /** Found per search, 0 to 1; 0 when it triggered no search yet. */
    public double rate() {
      return searched == 0 ? 0 : (double) found / searched;
    }
  }

  public List<HitRate> all() {
    return jdbc.sql(
            """
        SELECT f.rule_code, COUNT(*) AS fired,
          SUM(CASE WHEN i.result <> 'CLEARED' THEN 1 ELSE 0 END) AS searched,
          SUM(CASE WHEN i.result <> 'CLEARED' AND (i.result = 'SEIZED'
                OR EXISTS (SELECT 1 FROM intd_seizure s WHERE s.inspection_id = i.id)) THEN 1 ELSE 0 END) AS found
        FROM intd_risk_fired f JOIN intd_inspection i ON i.id = f.inspection_id
        GROUP BY f.rule_code ORDER BY f.rule_code""")
        .query((rs, n) -> new HitRate(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  /** Inspections scored so far, and how many of them scored above zero. */
  public long[] scored() {
    return jdbc.sql(
            "SELECT COUNT(*), SUM(CASE WHEN score > 0 THEN 1 ELSE 0 END) FROM intd_risk_score")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }
}
