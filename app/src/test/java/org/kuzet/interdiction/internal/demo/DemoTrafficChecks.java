package org.kuzet.interdiction.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.interdiction.internal.post.Posts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic traffic loads (COPY on PostgreSQL, batches on H2), fits its counts and repeats for
 * a seed.
 */
abstract class DemoTrafficChecks {

  @Autowired DataSource dataSource;
  @Autowired Posts posts;
  @Autowired JdbcClient jdbc;

  @Test
  void theSameSeedLoadsTheSameTrafficAndEveryRowFitsItsCounts() throws Exception {
    var traffic = new DemoTraffic(dataSource, posts);
    LocalDate lastDay = LocalDate.of(2008, 12, 31);
    long before = max();
    DemoTraffic.Loaded first = traffic.generate(3000, 77, lastDay);
    long middle = max();
    DemoTraffic.Loaded second = traffic.generate(3000, 77, lastDay);

    assertThat(first.inspections()).isEqualTo(3000);
    assertThat(second).usingRecursiveComparison().ignoringFields("took").isEqualTo(first);
    assertThat(rows(before, middle)).isEqualTo(rows(middle, Long.MAX_VALUE)).hasSize(3000);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM intd_person WHERE inspection_id > ? AND inspection_id <= ?")
                .params(before, middle)
                .query(Long.class)
                .single())
        .isEqualTo(first.persons());
    assertThat(
            jdbc.sql(
                    "SELECT COALESCE(SUM(person_count), 0) FROM intd_inspection WHERE id > ? AND id <= ?")
                .params(before, middle)
                .query(Long.class)
                .single())
        .isEqualTo(first.persons());
    // Every inspection lies in the year before the last day, at a demo post, with a plate key.
    assertThat(
            jdbc.sql(
                    """
            SELECT COUNT(*) FROM intd_inspection WHERE id > ? AND id <= ?
              AND (inspected_at < ? OR inspected_at > ? OR plate_key = '')""")
                .params(
                    before,
                    middle,
                    OffsetDateTime.parse("2007-12-31T00:00Z"),
                    OffsetDateTime.parse("2009-01-01T00:00Z"))
                .query(Long.class)
                .single())
        .isZero();
  }

  private long max() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM intd_inspection").query(Long.class).single();
  }

  private List<String> rows(long after, long upTo) {
    return jdbc.sql(
            """
            SELECT post_id, inspected_at, plate_key, person_count, result FROM intd_inspection
            WHERE id > ? AND id <= ? ORDER BY id""")
        .params(after, upTo)
        .query(
            (rs, n) ->
                rs.getLong(1)
                    + "|"
                    + rs.getObject(2, OffsetDateTime.class).toInstant()
                    + "|"
                    + rs.getString(3)
                    + "|"
                    + rs.getInt(4)
                    + "|"
                    + rs.getString(5))
        .list();
  }
}
