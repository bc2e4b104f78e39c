package org.kuzet.workspace;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the user typed in the search box, with its normalised forms. A provider matches names on
 * {@link #nameTokens} (a record matches when its name holds every token), plates on {@link
 * #plateKey}, and numbers or references on {@link #exact}, and returns at most {@link #limit} hits
 * of each kind.
 */
public record SearchQuery(
    String text, List<String> nameTokens, @Nullable String plateKey, String exact, int limit) {

  /** Longest query accepted. */
  public static final int MAX_CHARS = 200;

  public SearchQuery {
    nameTokens = List.copyOf(nameTokens);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  /**
   * The query for a text as typed.
   *
   * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_CHARS}
   */
  public static SearchQuery of(String text, int limit) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the search text is empty");
    }
    if (t.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "the search text has "
              + t.length()
              + " characters; at most "
              + MAX_CHARS
              + " are searched");
    }
    String exact = t.replaceAll("[\\s\\-]+", "").toUpperCase(Locale.ROOT);
    return new SearchQuery(t, SearchKeys.nameTokens(t), SearchKeys.plateKey(t), exact, limit);
  }

  /** Whether the text holds a name to look up. */
  public boolean hasName() {
    return !nameTokens.isEmpty();
  }
}
