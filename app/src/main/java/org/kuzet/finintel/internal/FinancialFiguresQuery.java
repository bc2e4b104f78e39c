package org.kuzet.finintel.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.finintel.FinancialFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link FinancialFigures} from the alert and case tables. */
@Service
@Transactional(readOnly = true)
class FinancialFiguresQuery implements FinancialFigures {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  FinancialFiguresQuery(JdbcClient jdbc, @Value("${kuzet.default-zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public List<YearCount> alertsTriaged() {
    return byYear("SELECT created_at FROM fin_alert WHERE status IN ('DISMISSED', 'ESCALATED')");
  }

  @Override
  public List<YearCount> casesOpened() {
    return byYear("SELECT created_at FROM fin_case");
  }

  private List<YearCount> byYear(String sql) {
    Map<Integer, Long> counts = new TreeMap<>();
    jdbc.sql(sql)
        .query(
            rs -> {
              LocalDate d =
                  rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
              counts.merge(d.getMonthValue() >= 10 ? d.getYear() + 1 : d.getYear(), 1L, Long::sum);
            });
    return counts.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
  }
}
