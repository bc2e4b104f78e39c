package db.migration.interdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One country code throughout: plates and seizure routes were stored as ISO alpha-2 codes while
 * travellers carried ICAO alpha-3 ones. Every country column now holds ISO 3166-1 alpha-3 (the ICAO
 * code for every state both define; Germany's ICAO "D" becomes DEU). A Java migration because the
 * transit column holds a comma-separated list, which SQL on both PostgreSQL and H2 cannot map
 * element by element; the mapping is the Java runtime's ISO table, fixed here so later code changes
 * never change what this migration did.
 */
public class V580__country_codes_alpha3 extends BaseJavaMigration {

  private static final Map<String, String> TO_ALPHA3 = new HashMap<>();

  static {
    for (String two : Locale.getISOCountries()) {
      String three = new Locale("", two).getISO3Country();
      if (!three.isEmpty()) {
        TO_ALPHA3.put(two, three);
      }
    }
    TO_ALPHA3.put("D", "DEU");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE intd_inspection ALTER COLUMN plate_country SET DATA TYPE VARCHAR(3)");
      s.execute("ALTER TABLE intd_seizure ALTER COLUMN origin_country SET DATA TYPE VARCHAR(3)");
      s.execute("ALTER TABLE intd_seizure ALTER COLUMN departure_country SET DATA TYPE VARCHAR(3)");
      s.execute(
          "ALTER TABLE intd_seizure ALTER COLUMN destination_country SET DATA TYPE VARCHAR(3)");
      s.execute(
          "ALTER TABLE intd_seizure ALTER COLUMN transit_countries SET DATA TYPE VARCHAR(100)");
      s.execute("ALTER TABLE intd_person ALTER COLUMN nationality SET DATA TYPE VARCHAR(3)");
      s.execute("ALTER TABLE intd_person ALTER COLUMN document_country SET DATA TYPE VARCHAR(3)");
      s.execute(
          "ALTER TABLE intd_seizure_arrest ALTER COLUMN nationality SET DATA TYPE VARCHAR(3)");
    }
    for (String[] column :
        List.of(
            new String[] {"intd_inspection", "plate_country"},
            new String[] {"intd_seizure", "origin_country"},
            new String[] {"intd_seizure", "departure_country"},
            new String[] {"intd_seizure", "destination_country"},
            new String[] {"intd_person", "nationality"},
            new String[] {"intd_person", "document_country"},
            new String[] {"intd_seizure_arrest", "nationality"})) {
      convert(c, column[0], column[1]);
    }
    convertTransit(c);
  }

  /** Rewrites each distinct old code in one statement, so millions of rows cost a few updates. */
  private static void convert(Connection c, String table, String column) throws Exception {
    var codes = new ArrayList<String>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT "
                    + column
                    + " FROM "
                    + table
                    + " WHERE "
                    + column
                    + " IS NOT NULL")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    try (PreparedStatement u =
        c.prepareStatement(
            "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
      for (String old : codes) {
        String mapped = TO_ALPHA3.get(old.strip());
        if (mapped != null || !old.equals(old.strip())) {
          u.setString(1, mapped != null ? mapped : old.strip());
          u.setString(2, old);
          u.executeUpdate();
        }
      }
    }
  }

  private static void convertTransit(Connection c) throws Exception {
    var rows = new HashMap<Long, String>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, transit_countries FROM intd_seizure WHERE transit_countries IS NOT NULL")) {
      while (rs.next()) {
        rows.put(rs.getLong(1), rs.getString(2));
      }
    }
    try (PreparedStatement u =
        c.prepareStatement("UPDATE intd_seizure SET transit_countries = ? WHERE id = ?")) {
      for (var e : rows.entrySet()) {
        var out = new ArrayList<String>();
        for (String code : e.getValue().split(",")) {
          String t = code.strip();
          out.add(TO_ALPHA3.getOrDefault(t, t));
        }
        u.setString(1, String.join(",", out));
        u.setLong(2, e.getKey());
        u.executeUpdate();
      }
    }
  }
}
