package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a Latin name part may have been romanised from Cyrillic, read back. One Latin spelling means
 * different Cyrillic letters in different systems: "ch" is ч in English and ICAO but х in German,
 * Polish and Czech; "x" is кс in English but х in GOST 7.79 B, scholarly and Uzbek spellings; "j"
 * is й in German and Czech, ж in French and Turkish, х in Spanish; "h" is х in ISO 9 and Turkish
 * but г in Ukrainian and Belarusian. {@link Keys#fold} reads a part the English/ICAO way; this
 * class reads it each other way and gives the fold keys that differ, which the engine looks up and
 * compares besides the part's own key (a query "Wjatscheslaw" also reads as "vyacheslav").
 *
 * <p>Each reading is a short table of letter groups, applied left to right, longest first. The
 * tables follow the systems' published letter tables (Duden for German, the French, Polish, Czech,
 * Spanish and Turkish press transcriptions, ISO 9:1995 / GOST 7.79-2000 A, GOST 16876-71, scholarly
 * transliteration, Ukrainian national 2010, Belarusian national 2007, Kazakh Latin 2017/2018 with
 * apostrophes and acutes, Uzbek Latin 1995), read in reverse; one more reading undoes the commonest
 * OCR confusions (rn for m, cl for d, u for v).
 */
public final class Romanisations {

  private static final int START = 1;
  private static final int END = 2;
  private static final int BETWEEN_VOWELS = 4;
  private static final int AFTER_CONSONANT = 8;

  private record Rule(String from, String to, int context) {}

  /**
   * A system's reading: its rules, longest letter group first, and the first letters of its rules,
   * so that a part holding none of them is passed over without being rewritten.
   */
  private record Scheme(String name, Rule[] rules, String firstLetters, String ruleStarts) {
    Scheme(String name, Rule[] rules) {
      this(name, rules, firstLetters(rules, true), firstLetters(rules, false));
    }

    /** The first letters of the rules (only those that change letters, or all). */
    private static String firstLetters(Rule[] rules, boolean changing) {
      StringBuilder out = new StringBuilder();
      for (Rule rule : rules) {
        if ((!changing || !rule.from.equals(rule.to))
            && out.indexOf(rule.from.substring(0, 1)) < 0) {
          out.append(rule.from.charAt(0));
        }
      }
      return out.toString();
    }

    /** Whether a rule that changes letters may start somewhere in {@code s}. */
    boolean mayChange(String s) {
      for (int i = 0; i < firstLetters.length(); i++) {
        if (s.indexOf(firstLetters.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static Rule r(String from, String to) {
    return new Rule(from, to, 0);
  }

  private static Rule r(String from, String to, int context) {
    return new Rule(from, to, context);
  }

  private static final Scheme[] SCHEMES = {
    // German (Duden): sch for ш, sh (or sch) for ж, tsch ч, schtsch щ, ch х, z ц, s з between
    // vowels, w в, j й
    new Scheme(
        "german",
        new Rule[] {
          r("schtsch", "shch"), r("tsch", "ch"), r("dsch", "dzh"), r("sch", "sh"), r("sh", "zh"),
              r("ch", "kh"),
          r("ss", "s"), r("s", "z", BETWEEN_VOWELS), r("z", "ts"), r("w", "v"), r("j", "y"),
              r("ä", "e"),
          r("ü", "yu"), r("ö", "yo")
        }),
    new Scheme(
        "german-zh",
        new Rule[] {
          r("schtsch", "shch"), r("tsch", "ch"), r("dsch", "dzh"), r("sch", "zh"), r("ch", "kh"),
          r("ss", "s"), r("s", "z"), r("z", "ts"), r("w", "v"), r("j", "y")
        }),
    // French: ch ш, tch ч, chtch щ, dj дж, j ж, ou у, s з between vowels, gu г before e/i, -off -ов
    new Scheme(
        "french",
        new Rule[] {
          r("chtch", "shch"),
          r("tch", "ch"),
          r("ch", "sh"),
          r("dj", "dzh"),
          r("j", "zh"),
          r("ou", "u"),
          r("gue", "ge"),
          r("gui", "gi"),
          r("ss", "s"),
          r("s", "z", BETWEEN_VOWELS),
          r("ff", "v", END),
          r("ï", "i"),
          r("ë", "e")
        }),
    // Polish: szcz щ, sz ш, cz ч, rz/ż ж, ch х, c ц, w в, ł л, j й, ie е after a consonant
    new Scheme(
        "polish",
        new Rule[] {
          r("szcz", "shch"), r("sz", "sh"), r("cz", "ch"), r("rz", "zh"), r("ż", "zh"), r("ź", "z"),
          r("ch", "kh"), r("ie", "e", AFTER_CONSONANT), r("c", "ts"), r("ć", "ts"), r("w", "v"),
              r("ł", "l"),
          r("j", "y"), r("ś", "s"), r("ń", "n")
        }),
    // Czech and Slovak: ch х, c ц, j й (č š ž are folded as they are)
    new Scheme(
        "czech", new Rule[] {r("ch", "kh"), r("c", "ts"), r("j", "y"), r("ě", "e"), r("ů", "u")}),
    // ISO 9 / GOST 7.79 A and GOST 16876-71: h х, c ц, j й, â я, û ю, ŝ щ, è э; jj й, eh э
    new Scheme(
        "iso9",
        new Rule[] {
          r("ŝč", "shch"), r("ŝ", "shch"), r("jj", "y"), r("ch", "kh"), r("h", "kh"), r("c", "ts"),
          r("j", "y"), r("â", "ya"), r("û", "yu"), r("è", "e"), r("ė", "e"), r("ǎ", "ya")
        }),
    // scholarly, GOST 7.79 B and Uzbek: x х (shh щ, cz ц are already folded)
    new Scheme("x-kh", new Rule[] {r("ch", "ch"), r("x", "kh"), r("c", "ts"), r("j", "y")}),
    // informal and mixed spellings: j for й, ю, я, е alone (Dmitrij Jurjevich)
    new Scheme("j-y", new Rule[] {r("dj", "dj"), r("zh", "zh"), r("j", "y")}),
    // Uzbek: x х, j ж, o' ў, g' ғ
    new Scheme("uzbek", new Rule[] {r("o'", "u"), r("g'", "g"), r("x", "kh"), r("j", "zh")}),
    // Spanish: j х, gu г before e/i
    new Scheme("spanish", new Rule[] {r("j", "kh"), r("gue", "ge"), r("gui", "gi")}),
    // Turkish: c дж, j ж, h х, ı ы
    new Scheme(
        "turkish",
        new Rule[] {
          r("ch", "ch"),
          r("sh", "sh"),
          r("kh", "kh"),
          r("zh", "zh"),
          r("c", "dzh"),
          r("j", "zh"),
          r("h", "kh"),
          r("ı", "y")
        }),
    // Ukrainian 2010 and Belarusian 2007 national systems: h г (kh, zh, ch, sh stay); Belarusian ch
    // х, c ц, j й, ŭ ў
    new Scheme(
        "ukrainian",
        new Rule[] {
          r("shch", "shch"),
          r("kh", "kh"),
          r("zh", "zh"),
          r("ch", "ch"),
          r("sh", "sh"),
          r("zgh", "zg"),
          r("h", "g")
        }),
    new Scheme(
        "belarusian",
        new Rule[] {
          r("sh", "sh"),
          r("zh", "zh"),
          r("kh", "kh"),
          r("ch", "kh"),
          r("h", "g"),
          r("c", "ts"),
          r("ć", "ts"),
          r("j", "y"),
          r("ŭ", "v", END),
          r("ŭ", "u"),
          r("ĺ", "l"),
          r("ś", "s"),
          r("ź", "z"),
          r("ń", "n"),
          r("ie", "e", AFTER_CONSONANT),
          r("eu", "ev", END),
          r("au", "av", END),
          r("ou", "ov", END)
        }),
    // OCR of printed names: rn for m, cl for d, u for v in a patronymic ending
    new Scheme(
        "ocr",
        new Rule[] {
          r("rn", "m"),
          r("cl", "d"),
          r("ouič", "ovič"),
          r("euič", "evič"),
          r("ouich", "ovich"),
          r("euich", "evich"),
          r("ouitch", "ovitch"),
          r("euitch", "evitch"),
          r("ouna", "ovna"),
          r("euna", "evna"),
          r("ouicz", "owicz"),
          r("uv", "uv")
        }),
    // Kazakh Latin 2017 (apostrophes: s' ш, c' ч, y' ұ, others the plain letter) and 2018 (ý у)
    new Scheme(
        "kazakh", new Rule[] {r("s'", "sh"), r("c'", "ch"), r("y'", "u"), r("ý", "u"), r("'", "")}),
  };

  private Romanisations() {}

  /**
   * The readings of {@code marked} (one lower-case Latin name part, apostrophes kept) under every
   * system: their fold keys without {@code key} itself and without repeats; empty for a part
   * holding no Latin letter, or Cyrillic.
   */
  public static List<Reading> readings(String marked, String key) {
    // a two-letter part is read only when it holds a letter beyond ASCII (ISO 9 Ân for Ян)
    if (marked.length() < 2
        || (marked.length() == 2 && marked.charAt(0) < 0x80 && marked.charAt(1) < 0x80)
        || !latin(marked)) {
      return List.of();
    }
    List<String> keys = null;
    StringBuilder buf = null;
    for (Scheme system : SCHEMES) {
      if (!system.mayChange(marked)) {
        continue;
      }
      if (buf == null) {
        buf = new StringBuilder(marked.length() + 8);
      }
      String read = apply(system, marked, buf);
      if (read == null) {
        continue;
      }
      String ascii = ScriptFold.toAscii(read.indexOf('\'') >= 0 ? read.replace("'", "") : read);
      String alt = Keys.fold(ascii);
      if (!alt.isEmpty() && !alt.equals(key) && (keys == null || !keys.contains(alt))) {
        if (keys == null) {
          keys = new ArrayList<>(4);
        }
        keys.add(alt);
      }
    }
    if (keys == null) {
      return List.of();
    }
    Reading[] out = new Reading[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Reading.of(keys.get(i));
    }
    return List.of(out);
  }

  /** The part read by {@code reading}, or null when no rule applied. */
  private static @Nullable String apply(Scheme reading, String s, StringBuilder out) {
    out.setLength(0);
    boolean changed = false;
    int i = 0;
    while (i < s.length()) {
      Rule hit = null;
      if (reading.ruleStarts.indexOf(s.charAt(i)) < 0) {
        out.append(s.charAt(i));
        i++;
        continue;
      }
      for (Rule rule : reading.rules) {
        if (s.startsWith(rule.from, i) && fits(rule, s, i)) {
          hit = rule;
          break;
        }
      }
      if (hit == null) {
        out.append(s.charAt(i));
        i++;
      } else {
        out.append(hit.to);
        changed |= !hit.to.equals(hit.from);
        i += hit.from.length();
      }
    }
    return changed ? out.toString() : null;
  }

  private static boolean fits(Rule rule, String s, int at) {
    int c = rule.context;
    if (c == 0) {
      return true;
    }
    int end = at + rule.from.length();
    if ((c & START) != 0 && at != 0) {
      return false;
    }
    if ((c & END) != 0 && end != s.length()) {
      return false;
    }
    if ((c & BETWEEN_VOWELS) != 0
        && (at == 0 || end >= s.length() || !vowel(s.charAt(at - 1)) || !vowel(s.charAt(end)))) {
      return false;
    }
    return (c & AFTER_CONSONANT) == 0
        || (at > 0 && Character.isLetter(s.charAt(at - 1)) && !vowel(s.charAt(at - 1)));
  }

  private static boolean vowel(char c) {
    return "aeiouyäöüéèêëïîáóúýâû".indexOf(c) >= 0;
  }

  private static boolean latin(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x400 && c < 0x530) {
        return false;
      }
      any |= c >= 'a' && c <= 'z';
    }
    return any;
  }
}
