package db.migration.interdiction;

import db.migration.CountryCodeColumns;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A crossing keeps the country across the border as ISO 3166-1 alpha-3, like every other country
 * column, so its page names it in the reader's language; the column, which held two letters ({@code
 * neighbour_iso2}), is named for what it holds now.
 */
public class V588_2__post_neighbour_country extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    CountryCodeColumns.convert(context.getConnection(), "intd_post", "neighbour_iso2");
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("ALTER TABLE intd_post RENAME COLUMN neighbour_iso2 TO neighbour_country");
    }
  }
}
