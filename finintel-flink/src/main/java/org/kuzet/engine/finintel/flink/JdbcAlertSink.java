package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Alert;

/**
 * Writes alerts into a table keyed by alert id, in batches flushed at every checkpoint. Replays
 * after a restart write the same ids again and are skipped ({@code insert ... select ... where not
 * exists}, plain SQL that PostgreSQL and H2 both run; each alert id comes from one subtask, so
 * writers do not race on an id), so the table holds each alert once: at-least-once delivery made
 * exactly-once by the deterministic ids. The table:
 *
 * <pre>
 * create table fin_alert (alert_id varchar(40) primary key, typology varchar(40) not null,
 *   score double precision not null, detected_at timestamp not null, accounts text not null,
 *   transactions text not null, reason text not null)
 * </pre>
 */
public final class JdbcAlertSink implements Sink<Alert> {
  private static final long serialVersionUID = 1L;
  private final String url;
  private final String user;
  private final String password;
  private final String table;
  private final int batchSize;

  public JdbcAlertSink(String url, String user, String password, String table, int batchSize) {
    if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("table name '" + table + "' is not a plain identifier");
    }
    this.url = url;
    this.user = user;
    this.password = password;
    this.table = table;
    this.batchSize = batchSize;
  }

  @Override
  public SinkWriter<Alert> createWriter(WriterInitContext context) throws IOException {
    return new Writer();
  }

  private final class Writer implements SinkWriter<Alert> {
    private final List<Alert> pending = new ArrayList<>();
    private @Nullable Connection connection; // opened with the first alert

    @Override
    public void write(Alert a, Context context) throws IOException {
      pending.add(a);
      if (pending.size() >= batchSize) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      if (pending.isEmpty()) {
        return;
      }
      try {
        if (connection == null) {
          connection = DriverManager.getConnection(url, user, password);
          connection.setAutoCommit(false);
        }
        try (PreparedStatement ps =
            connection.prepareStatement(
                "insert into "
                    + table
                    + " (alert_id, typology, score, detected_at, accounts, transactions, reason)"
                    + " select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from "
                    + table
                    + " where alert_id = ?)")) {
          for (Alert a : pending) {
            ps.setString(1, a.id());
            ps.setString(2, a.typology().name().toLowerCase(Locale.ROOT));
            ps.setDouble(3, a.score());
            ps.setTimestamp(4, Timestamp.from(a.detectedAt()));
            ps.setString(5, String.join(";", a.accounts().stream().map(r -> r.key()).toList()));
            ps.setString(6, String.join(";", a.transactionIds()));
            ps.setString(7, a.reason());
            ps.setString(8, a.id());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        connection.commit();
        pending.clear();
      } catch (SQLException e) {
        throw new IOException("cannot write alerts to " + table + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws Exception {
      if (connection != null) {
        connection.close();
      }
    }
  }
}
