package db.migration.trafficking;

import db.migration.CountryCodeColumns;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One country code throughout: a victim's citizenship and an event's country were ISO alpha-2; they
 * become ISO 3166-1 alpha-3, as every other module stores them. CTDC statistics still write
 * alpha-2, converted when counted.
 */
public class V841_2__country_codes_alpha3 extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    CountryCodeColumns.convert(context.getConnection(), "tip_case", "citizenship");
    CountryCodeColumns.convert(context.getConnection(), "tip_event", "country");
  }
}
