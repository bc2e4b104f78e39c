package db.migration.program;

import db.migration.CountryCodeColumns;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One country code throughout: a program country's ISO code was alpha-2 (column iso2); it becomes
 * ISO 3166-1 alpha-3 in column iso3, as every other module stores countries.
 */
public class V386_2__country_codes_alpha3 extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("ALTER TABLE prog_country RENAME COLUMN iso2 TO iso3");
    }
    CountryCodeColumns.convert(context.getConnection(), "prog_country", "iso3");
  }
}
