package org.kuzet.interdiction.internal.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reading and writing the module's timestamp columns (stored in UTC). */
public final class Timestamps {

  private Timestamps() {}

  /** A timestamp column that is NOT NULL. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    return Objects.requireNonNull(instantOrNull(rs, column), () -> column + " is NOT NULL");
  }

  /** A timestamp column that may be NULL. */
  public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  public static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
