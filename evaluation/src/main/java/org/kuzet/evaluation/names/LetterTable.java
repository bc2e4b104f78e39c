package org.kuzet.evaluation.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One romanisation table: Cyrillic letters and letter groups to Latin, with the context rules the
 * standards state in words ("at the start of a word and after a vowel", "before e, i, y"). A key
 * may start with {@code ^} (word start only) or end with {@code $} (word end only); the longest key
 * that matches wins, so a table can say {@code ий$ -> i} next to {@code и -> i}.
 */
final class LetterTable {

  /** Vowels of Russian and of the other Cyrillic alphabets used here. */
  static final String VOWELS = "аеёиоуыэюяіїєәөұүӣӯ";

  /** Renders one matched key in its place in the word. */
  @FunctionalInterface
  interface Rule {
    String render(Context context);
  }

  /** Where a key matched: the whole lower-case word and the matched span. */
  record Context(String word, int start, int end) {
    char previous() {
      return start == 0 ? 0 : word.charAt(start - 1);
    }

    char next() {
      return end >= word.length() ? 0 : word.charAt(end);
    }

    boolean initial() {
      return start == 0;
    }

    boolean afterAny(String letters) {
      return start > 0 && letters.indexOf(word.charAt(start - 1)) >= 0;
    }

    boolean beforeAny(String letters) {
      return end < word.length() && letters.indexOf(word.charAt(end)) >= 0;
    }
  }

  private final Map<String, Rule> rules;
  private final int longestKey;
  private final UnaryOperator<String> respelling;
  private final Locale casing;
  private final boolean upperCase;

  private LetterTable(Builder builder) {
    this.rules = Map.copyOf(builder.rules);
    this.longestKey =
        builder.rules.keySet().stream()
            .mapToInt(k -> k.replace("^", "").replace("$", "").length())
            .max()
            .orElse(1);
    this.respelling = builder.respelling;
    this.casing = builder.casing;
    this.upperCase = builder.upperCase;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Romanises a text word by word; anything that is not a letter passes through unchanged. */
  String romanise(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      out.append(word(text.substring(i, j)));
      i = j;
    }
    return out.toString();
  }

  private String word(String original) {
    String lower = respelling.apply(original.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lower.length()) {
      boolean matched = false;
      for (int len = Math.min(longestKey, lower.length() - i); len >= 1 && !matched; len--) {
        String key = lower.substring(i, i + len);
        Rule rule = null;
        if (i + len == lower.length()) {
          rule = rules.get(key + "$");
        }
        if (rule == null && i == 0) {
          rule = rules.get("^" + key);
        }
        if (rule == null) {
          rule = rules.get(key);
        }
        if (rule != null) {
          out.append(rule.render(new Context(lower, i, i + len)));
          i += len;
          matched = true;
        }
      }
      if (!matched) {
        out.append(lower.charAt(i));
        i++;
      }
    }
    return recase(original, out.toString());
  }

  private String recase(String original, String latin) {
    if (latin.isEmpty()) {
      return latin;
    }
    boolean allUpper = original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT));
    if (upperCase || allUpper) {
      return latin.toUpperCase(casing);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      int first = latin.offsetByCodePoints(0, 1);
      return latin.substring(0, first).toUpperCase(casing) + latin.substring(first);
    }
    return latin;
  }

  /** Collects the rules of one table. */
  static final class Builder {
    private final Map<String, Rule> rules = new HashMap<>();
    private UnaryOperator<String> respelling = UnaryOperator.identity();
    private Locale casing = Locale.ROOT;
    private boolean upperCase;

    /** Maps letters pairwise: {@code pairs("а","a","б","b")}. */
    Builder pairs(String... pairs) {
      for (int i = 0; i < pairs.length; i += 2) {
        String latin = pairs[i + 1];
        rules.put(pairs[i], c -> latin);
      }
      return this;
    }

    Builder rule(String key, Rule rule) {
      rules.put(key, rule);
      return this;
    }

    /**
     * A letter written one way at the start of a word and after any of {@code softeners} (vowels,
     * and for most systems the hard and soft signs), another way elsewhere.
     */
    Builder iotated(String letter, String initialOrAfterVowel, String elsewhere, String softeners) {
      rules.put(
          letter, c -> c.initial() || c.afterAny(softeners) ? initialOrAfterVowel : elsewhere);
      return this;
    }

    /** Russian-to-national respelling applied to the lower-case word before the table. */
    Builder respelling(UnaryOperator<String> respelling) {
      this.respelling = respelling;
      return this;
    }

    /** Locale for capitals, so that Turkish-style {@code i} capitalises to {@code İ}. */
    Builder casing(Locale casing) {
      this.casing = casing;
      return this;
    }

    /** Passport style: the whole name in capitals. */
    Builder upperCase() {
      this.upperCase = true;
      return this;
    }

    LetterTable build() {
      return new LetterTable(this);
    }
  }
}
