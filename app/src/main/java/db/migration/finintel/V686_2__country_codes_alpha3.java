package db.migration.finintel;

import db.migration.CountryCodeColumns;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One country code throughout: a party's country and a payment's countries were stored as the
 * imported file gave them, ISO alpha-2; they become ISO 3166-1 alpha-3, as every other module
 * stores them. The detectors and the goAML report still speak alpha-2, converted when read.
 */
public class V686_2__country_codes_alpha3 extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    CountryCodeColumns.convert(context.getConnection(), "fin_party", "country");
    CountryCodeColumns.convert(context.getConnection(), "fin_transaction", "from_country");
    CountryCodeColumns.convert(context.getConnection(), "fin_transaction", "to_country");
  }
}
