package db.migration.interdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the English alert sentences written before alerts kept facts back into a shape and its
 * arguments (see {@code AlertSummary}). Fixed here, so later code never changes what the migrations
 * that use it did.
 */
public final class AlertSentences {

  /** A sentence read: its shape and the arguments in the shape's order. */
  public record Read(String shape, List<String> args) {
    public String storedArgs() {
      return String.join("\u001F", args);
    }
  }

  private static final Pattern LOOKOUT_VEHICLE =
      Pattern.compile("Lookout #(\\d+): vehicle (.+) stopped at (.+)");
  private static final Pattern LOOKOUT_PERSON =
      Pattern.compile("Lookout #(\\d+): (.+) stopped at (.+)");
  private static final Pattern RESCREEN =
      Pattern.compile(
          "(.+) \\(inspected at (.+)\\) now matches (.+) entry (.+) \\((.+), score (\\d+)\\)");
  private static final Pattern WATCHLIST =
      Pattern.compile("(.+) matches (.+) entry (.+) \\((.+), score (\\d+)\\) at (.+)");

  private AlertSentences() {}

  /** The sentence's shape and arguments, or null when it is none of the alert sentences. */
  public static @Nullable Read read(String sentence) {
    for (var shape :
        List.of(
            new Object[] {"LOOKOUT_VEHICLE", LOOKOUT_VEHICLE},
                new Object[] {"LOOKOUT_PERSON", LOOKOUT_PERSON},
            new Object[] {"RESCREEN", RESCREEN}, new Object[] {"WATCHLIST", WATCHLIST})) {
      Matcher m = ((Pattern) shape[1]).matcher(sentence);
      if (m.matches()) {
        var args = new ArrayList<String>();
        for (int i = 1; i <= m.groupCount(); i++) {
          args.add(m.group(i));
        }
        return new Read((String) shape[0], args);
      }
    }
    return null;
  }
}
