package org.kuzet.interdiction.internal.post;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Writes many rows into one table fast: PostgreSQL's COPY when the connection is PostgreSQL's, JDBC
 * batches otherwise (H2). Rows are buffered and sent in blocks.
 */
public abstract class TableWriter implements AutoCloseable {

  protected final String table;
  protected final List<String> columns;
  private long rows;
  private @Nullable TableWriter parent;

  TableWriter(String table, List<String> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  public static TableWriter open(Connection c, String table, List<String> columns)
      throws SQLException {
    if (c.isWrapperFor(PGConnection.class)) {
      return new Copy(c.unwrap(PGConnection.class), table, columns);
    }
    return new Batch(c, table, columns);
  }

  /** Rows here refer to rows of {@code parent}: it is always written out first. */
  public TableWriter after(TableWriter parent) {
    this.parent = parent;
    return this;
  }

  /**
   * Sends what is buffered, the parent table's rows first (foreign keys are checked on arrival).
   */
  final void flush() throws SQLException {
    if (parent != null) {
      parent.flush();
    }
    send();
  }

  public final void add(@Nullable Object... values) throws SQLException {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.size() + " columns");
    }
    write(values);
    rows++;
  }

  long rows() {
    return rows;
  }

  abstract void write(Object[] values) throws SQLException;

  abstract void send() throws SQLException;

  @Override
  public void close() throws SQLException {
    flush();
  }

  /** COPY ... FROM STDIN in text format, 20,000 rows a block. */
  static final class Copy extends TableWriter {
    private final PGConnection pg;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int pending;

    Copy(PGConnection pg, String table, List<String> columns) {
      super(table, columns);
      this.pg = pg;
    }

    @Override
    void write(Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append('\t');
        }
        text(values[i]);
      }
      buffer.append('\n');
      if (++pending >= 20_000) {
        flush();
      }
    }

    private void text(Object v) {
      if (v == null) {
        buffer.append("\\N");
        return;
      }
      String s = v instanceof Instant i ? i.atOffset(ZoneOffset.UTC).toString() : v.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> buffer.append("\\\\");
          case '\t' -> buffer.append("\\t");
          case '\n' -> buffer.append("\\n");
          case '\r' -> buffer.append("\\r");
          default -> buffer.append(c);
        }
      }
    }

    @Override
    void send() throws SQLException {
      if (pending == 0) {
        return;
      }
      try {
        pg.getCopyAPI()
            .copyIn(
                "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                new StringReader(buffer.toString()));
      } catch (IOException e) {
        throw new SQLException("COPY into " + table + " failed", e);
      }
      buffer.setLength(0);
      pending = 0;
    }
  }

  /** Prepared INSERT with JDBC batches of 2,000 rows. */
  static final class Batch extends TableWriter {
    private final PreparedStatement insert;
    private int pending;

    Batch(Connection c, String table, List<String> columns) throws SQLException {
      super(table, columns);
      this.insert =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(columns.size(), "?"))
                  + ")");
    }

    @Override
    void write(Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v instanceof Instant t) {
          insert.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (v instanceof LocalDate d) {
          insert.setObject(i + 1, d);
        } else {
          insert.setObject(i + 1, v);
        }
      }
      insert.addBatch();
      if (++pending >= 2_000) {
        flush();
      }
    }

    @Override
    void send() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      flush();
      insert.close();
    }
  }
}
