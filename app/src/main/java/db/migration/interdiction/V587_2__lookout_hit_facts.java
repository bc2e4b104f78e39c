package db.migration.interdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

/**
 * A lookout hit keeps why it matched as facts (a shape and its arguments, in {@code
 * intd_hit.explanation_facts}), so pages word it in the reader's language; the English sentence
 * stays for the record and the API. Lookout hits stored before are read back from their sentence;
 * one that does not read stays a sentence only. The sentences are fixed here, so later code never
 * changes what this migration did.
 */
public class V587_2__lookout_hit_facts extends BaseJavaMigration {

  private static final String SEPARATOR = "\u001F";
  private static final String ISSUED = "; lookout #(\\d+) issued by ([^:]*?): (.*)";
  private static final Pattern PLATE =
      Pattern.compile(
          "plate (.*) matches lookout #(\\d+) for (.*?) issued by ([^:]*?): (.*)", Pattern.DOTALL);
  private static final Pattern DOCUMENT =
      Pattern.compile("document number (.*?) matches" + ISSUED, Pattern.DOTALL);
  private static final Pattern NAME_AND_BIRTH_DATE =
      Pattern.compile(
          "name '(.*)' and birth date (\\d{4}-\\d{2}-\\d{2}) match" + ISSUED, Pattern.DOTALL);
  private static final Pattern NAME =
      Pattern.compile("name '(.*?)' matches '(.*?)'" + ISSUED, Pattern.DOTALL);

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, explanation FROM intd_hit WHERE kind = 'LOOKOUT' AND explanation_facts IS NULL");
        PreparedStatement update =
            c.prepareStatement("UPDATE intd_hit SET explanation_facts = ? WHERE id = ?")) {
      int pending = 0;
      while (rs.next()) {
        String facts = facts(rs.getString(2));
        if (facts == null || facts.length() > 8000) {
          continue;
        }
        update.setString(1, facts);
        update.setLong(2, rs.getLong(1));
        update.addBatch();
        if (++pending == 1000) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }

  /** The stored facts of an English lookout hit sentence, or null when it reads as none of them. */
  public static @Nullable String facts(@Nullable String sentence) {
    if (sentence == null) {
      return null;
    }
    Matcher m = PLATE.matcher(sentence);
    if (m.matches()) {
      return join("PLATE", m.group(2), m.group(1), m.group(3), m.group(4), m.group(5));
    }
    m = DOCUMENT.matcher(sentence);
    if (m.matches()) {
      return join("DOCUMENT", m.group(2), m.group(1), m.group(3), m.group(4));
    }
    m = NAME_AND_BIRTH_DATE.matcher(sentence);
    if (m.matches()) {
      return join(
          "NAME_AND_BIRTH_DATE", m.group(3), m.group(1), m.group(2), m.group(4), m.group(5));
    }
    m = NAME.matcher(sentence);
    if (m.matches()) {
      return join("NAME", m.group(3), m.group(1), m.group(2), m.group(4), m.group(5));
    }
    return null;
  }

  private static String join(String shape, String... args) {
    List<String> parts = new ArrayList<>();
    parts.add(shape);
    for (String a : args) {
      parts.add(a.replace(SEPARATOR, " "));
    }
    return String.join(SEPARATOR, parts);
  }
}
