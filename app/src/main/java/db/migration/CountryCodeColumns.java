package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rewrites country columns that hold ISO 3166-1 alpha-2 codes to alpha-3, for the Java migrations
 * of the modules that stored two letters. The mapping is the Java runtime's ISO table, taken here
 * so that later changes to the application's country reader never change what a migration did; this
 * class must therefore never change either. A value that is no alpha-2 code is kept as it is
 * (stripped), so nothing is lost.
 */
public final class CountryCodeColumns {

  private static final Map<String, String> TO_ALPHA3 = new HashMap<>();

  static {
    for (String two : Locale.getISOCountries()) {
      String three = new Locale("", two).getISO3Country();
      if (!three.isEmpty()) {
        TO_ALPHA3.put(two, three);
      }
    }
  }

  private CountryCodeColumns() {}

  /** The alpha-3 code of an alpha-2 one, in upper case; the stripped value when it is none. */
  public static String alpha3(String old) {
    String t = old.strip();
    return TO_ALPHA3.getOrDefault(t.toUpperCase(Locale.ROOT), t);
  }

  /** Widens the column to hold three letters, then maps each distinct value in one update. */
  public static void convert(Connection c, String table, String column) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR(3)");
    }
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
        String mapped = alpha3(old);
        if (!mapped.equals(old)) {
          u.setString(1, mapped);
          u.setString(2, old);
          u.executeUpdate();
        }
      }
    }
  }
}
