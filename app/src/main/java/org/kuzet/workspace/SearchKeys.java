package org.kuzet.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.Names;
import org.kuzet.engine.screening.Plates;

/**
 * The normalised keys every search provider indexes and looks up, taken from the screening engine
 * so that all modules agree: one key per name part, the same for a Cyrillic spelling and its ICAO,
 * BGN/PCGN, GOST and Kazakh 2021 renderings («Серикбаев», "Serikbayev" and "Serikbaev" all give
 * {@code serikbaev}), and the engine's canonical plate.
 */
public final class SearchKeys {

  /** Longest key stored in the search tables. */
  public static final int MAX_KEY = 100;

  private SearchKeys() {}

  /** The distinct part keys of a name or query, in the order written; empty when no letters. */
  public static List<String> nameTokens(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var out = new LinkedHashSet<String>();
    for (String key : Names.searchKeys(text)) {
      if (!key.isBlank()) {
        out.add(key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY));
      }
    }
    return List.copyOf(out);
  }

  /** A whole name's key: its part keys sorted and joined, so the order of parts does not count. */
  public static String personKey(@Nullable String name) {
    String key = nameTokens(name).stream().sorted().collect(Collectors.joining(" "));
    return key.length() <= 300 ? key : key.substring(0, 300);
  }

  /**
   * The canonical plate of what the user typed, or null when it cannot be a plate (a plate holds at
   * least one digit and 4 to 12 letters and digits, in Latin or Cyrillic look-alike letters).
   */
  public static @Nullable String plateKey(@Nullable String text) {
    if (text == null || text.isBlank() || text.chars().noneMatch(Character::isDigit)) {
      return null;
    }
    try {
      String key = Plates.normalise(text);
      return key.length() >= 4 ? key : null;
    } catch (IllegalArgumentException notAPlate) {
      return null;
    }
  }
}
