package org.kuzet.engine.screening.translit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A romanisation table with the few context rules the standards state: a letter written one way at
 * the start of a word or after a vowel («Е» is YE in Yeltsin, E in Sergei), another way before
 * certain letters (Polish «л» is l before е, ł elsewhere) or at the end of a word (German «-ий» is
 * -i). Rules are tried longest first, a rule with a context before one without; letters no rule
 * covers pass through unchanged. Thread-safe once built.
 *
 * <p>Upper case follows the source: a capital letter in a word written in capitals gives the whole
 * rendering in capitals (Щ → SHCH in ЩЕРБАКОВ), otherwise only its first letter (Shcherbakov).
 */
final class Romaniser {

  /** Cyrillic vowels of Russian, Ukrainian, Belarusian and the Central Asian alphabets. */
  static final String VOWELS = "аеёиоуыэюяіїєәөұүӣӯ";

  /** The hard and soft signs and the apostrophes that Ukrainian and Belarusian write instead. */
  static final String SIGNS = "ьъ'ʼ’";

  /**
   * Word start, a vowel or a sign: where the standards write «е ё ю я» with their glide (ye, jo).
   */
  static final String START_VOWEL_OR_SIGN = "^" + VOWELS + SIGNS;

  /** Hushing consonants, after which «ё» is written o (Хрущёв → Chruschtschow). */
  static final String HUSHING = "жчшщ";

  private record Rule(
      String cyrillic, String latin, @Nullable String before, @Nullable String after) {}

  private final Map<Character, List<Rule>> rules;
  private final Locale caseLocale;

  private Romaniser(Map<Character, List<Rule>> rules, Locale caseLocale) {
    this.rules = rules;
    this.caseLocale = caseLocale;
  }

  static Builder builder() {
    return new Builder();
  }

  String apply(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      Rule hit = null;
      List<Rule> candidates = rules.get(Character.toLowerCase(c));
      if (candidates != null) {
        for (Rule r : candidates) {
          if (matches(text, i, r)) {
            hit = r;
            break;
          }
        }
      }
      if (hit == null) {
        out.append(c);
        i++;
        continue;
      }
      out.append(cased(hit.latin, text, i, hit.cyrillic.length()));
      i += hit.cyrillic.length();
    }
    return out.toString();
  }

  private static boolean matches(String text, int at, Rule r) {
    int end = at + r.cyrillic.length();
    if (end > text.length()) {
      return false;
    }
    for (int k = 0; k < r.cyrillic.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != r.cyrillic.charAt(k)) {
        return false;
      }
    }
    if (r.before != null) {
      boolean start = at == 0 || !inWord(text.charAt(at - 1));
      boolean ok =
          start
              ? r.before.indexOf('^') >= 0
              : r.before.indexOf(Character.toLowerCase(text.charAt(at - 1))) >= 0;
      if (!ok) {
        return false;
      }
    }
    if (r.after != null) {
      boolean wordEnd = end == text.length() || !inWord(text.charAt(end));
      return wordEnd
          ? r.after.indexOf('$') >= 0
          : r.after.indexOf(Character.toLowerCase(text.charAt(end))) >= 0;
    }
    return true;
  }

  /** Letters and the apostrophes written inside Ukrainian and Belarusian words (Знам'янка). */
  private static boolean inWord(char c) {
    return Character.isLetter(c)
        || c == '\''
        || c == 'ʼ'
        || c == '’'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private String cased(String latin, String text, int at, int length) {
    if (latin.isEmpty() || !Character.isUpperCase(text.charAt(at))) {
      return latin;
    }
    int end = at + length;
    boolean wordUpper =
        (length > 1 && Character.isUpperCase(text.charAt(at + 1)))
            || (end < text.length() && Character.isUpperCase(text.charAt(end)))
            || (at > 0 && Character.isUpperCase(text.charAt(at - 1)));
    if (wordUpper) {
      return latin.toUpperCase(caseLocale);
    }
    int first = latin.offsetByCodePoints(0, 1);
    return latin.substring(0, first).toUpperCase(caseLocale) + latin.substring(first);
  }

  /**
   * Builds a table from compact specifications: {@code "а=a б=b ь="} (an empty right side drops the
   * letter).
   */
  static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private Locale caseLocale = Locale.ROOT;

    /** Letters and letter groups written the same way wherever they stand. */
    Builder letters(String spec) {
      return add(spec, null, null);
    }

    /** Written so only after one of {@code before} ({@code ^} = at the start of a word). */
    Builder after(String before, String spec) {
      return add(spec, before, null);
    }

    /** Written so only before one of {@code after} ({@code $} = at the end of a word). */
    Builder before(String after, String spec) {
      return add(spec, null, after);
    }

    /** Written so only at the end of a word. */
    Builder ending(String spec) {
      return add(spec, null, "$");
    }

    /** Written so only between two of {@code around} (German «с» between vowels is ss). */
    Builder between(String around, String spec) {
      return add(spec, around, around);
    }

    /**
     * The letters of {@code table} this table does not define itself (letters outside a standard).
     */
    Builder outside(Map<Character, String> table) {
      for (Map.Entry<Character, String> e : table.entrySet()) {
        String letter = String.valueOf(e.getKey());
        if (rules.stream().noneMatch(r -> r.cyrillic.equals(letter))) {
          rules.add(new Rule(letter, e.getValue(), null, null));
        }
      }
      return this;
    }

    /** Capitals as a language writes them (Turkish and Kazakh 2021: и → i, И → İ). */
    Builder caseLocale(Locale locale) {
      this.caseLocale = locale;
      return this;
    }

    private Builder add(String spec, @Nullable String before, @Nullable String after) {
      for (String pair : spec.trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("bad table entry " + pair);
        }
        String cyrillic = pair.substring(0, eq);
        boolean duplicate =
            rules.stream()
                .anyMatch(
                    r ->
                        r.cyrillic.equals(cyrillic)
                            && Objects.equals(r.before, before)
                            && Objects.equals(r.after, after));
        if (duplicate || !cyrillic.equals(cyrillic.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("duplicate or upper-case table entry " + pair);
        }
        rules.add(new Rule(cyrillic, pair.substring(eq + 1), before, after));
      }
      return this;
    }

    Romaniser build() {
      Map<Character, List<Rule>> byFirst = new HashMap<>();
      // longest first, then a rule with a context before the plain one; otherwise as written
      Comparator<Rule> order =
          Comparator.<Rule>comparingInt(r -> -r.cyrillic.length())
              .thenComparingInt(r -> r.before == null && r.after == null ? 1 : 0);
      for (Rule r : rules) {
        byFirst.computeIfAbsent(r.cyrillic.charAt(0), k -> new ArrayList<>()).add(r);
      }
      byFirst.replaceAll((k, v) -> v.stream().sorted(order).toList());
      return new Romaniser(Map.copyOf(byFirst), caseLocale);
    }
  }

  /** Every plain letter of {@code spec} as a map, for {@link Builder#outside}. */
  static Map<Character, String> letterMap(String spec) {
    Map<Character, String> map = new HashMap<>();
    for (String pair : spec.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq != 1 || map.put(pair.charAt(0), pair.substring(eq + 1)) != null) {
        throw new IllegalArgumentException("bad or duplicate letter " + pair);
      }
    }
    return Map.copyOf(map);
  }
}
