package org.kuzet.engine.screening.score;

import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.EditDistance;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.Reading;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * How alike one query part and one list part are: exact, transliterated, by ending, phonetic, by
 * weighted edit distance, initial for part; {@link #single} makes the scored pair of two parts.
 */
public final class PartSimilarity {

  private PartSimilarity() {}

  static @Nullable Pair single(NameToken a, NameToken b, int i, int j, boolean strict) {
    TokenRole ra = a.role();
    TokenRole rb = b.role();
    if (ra == TokenRole.LEGAL_FORM || rb == TokenRole.LEGAL_FORM) {
      if (ra != rb) {
        return null;
      }
      if (a.key().equals(b.key())) {
        return new Pair(i, i, j, j, 1.0, MatchMethod.EXACT);
      }
      // open, closed and public joint-stock companies are all joint-stock companies
      return a.key().endsWith("jsc") && b.key().endsWith("jsc")
          ? new Pair(i, i, j, j, 0.9, MatchMethod.ENDING)
          : null;
    }
    if (ra == TokenRole.PARTICLE || rb == TokenRole.PARTICLE) {
      if (particleTypo(a, b) || particleTypo(b, a)) {
        return new Pair(i, i, j, j, 0.8, MatchMethod.EDIT_DISTANCE);
      }
      if (ra == rb && a.key().equals(b.key())) {
        return new Pair(
            i,
            i,
            j,
            j,
            a.text().equals(b.text()) ? 1.0 : 0.95,
            a.text().equals(b.text()) ? MatchMethod.EXACT : MatchMethod.TRANSLITERATION);
      }
      return null;
    }
    if (ra == TokenRole.INITIAL || rb == TokenRole.INITIAL) {
      if (ra == rb) {
        return a.key().equals(b.key()) ? new Pair(i, i, j, j, 1.0, MatchMethod.EXACT) : null;
      }
      NameToken initial = ra == TokenRole.INITIAL ? a : b;
      NameToken full = ra == TokenRole.INITIAL ? b : a;
      return initialOf(initial, full) ? new Pair(i, i, j, j, 0.8, MatchMethod.INITIAL) : null;
    }
    double s = similarity(a, b, strict);
    if (s < NameMatcher.MIN_PAIR && ra == TokenRole.NAME && rb == TokenRole.NAME) {
      double weak = strict ? 0 : handSlipSimilarity(a, b);
      if (weak == 0) {
        weak = cutShortSimilarity(a, b);
      }
      return weak > 0 ? new Pair(i, i, j, j, weak, MatchMethod.EDIT_DISTANCE) : null;
    }
    if (s < NameMatcher.MIN_PAIR) {
      return null;
    }
    return new Pair(i, i, j, j, s, lastMethod(a, b, s));
  }

  /**
   * Whether the initial stands for the full part: the same first letter, in ASCII or in the fold
   * key (Ш for Shamil, Я for Yakov, Ж for Zhukov, Х for Khasan).
   */
  private static boolean initialOf(NameToken initial, NameToken full) {
    if (full.ascii().charAt(0) == initial.ascii().charAt(0)) {
      return true;
    }
    if (initial.key().isEmpty() || full.key().isEmpty()) {
      return false;
    }
    char i = initial.key().charAt(0);
    char f = full.key().charAt(0);
    // J. or Y. for Юрий, Яков, Евгений (Yevgeny): й-glides written j, y or i
    char a = initial.ascii().charAt(0);
    char written = initial.text().isEmpty() ? a : initial.text().charAt(0);
    if (written == 'â' || written == 'û' || written == 'ǎ') {
      a = 'y'; // ISO 9 / GOST 7.79 A write я and ю as â and û: Û. for Yurevna
    }
    // j is х in Spanish, x is х in GOST 7.79 B, scholarly and Uzbek spellings
    // h is г in Ukrainian and Belarusian; K. and D. are Kh and Dzh cut short (Kherman, Dzhakhangir
    // listed as Herman, Jahangir); C. is дж in Turkish (Cahangir), S. is з in German (Samid)
    return f == i
        || ((a == 'j' || a == 'y') && (f == 'i' || f == 'e' || f == 'j'))
        || (a == 'j' && f == 'h')
        || (a == 'x' && f == 'h')
        || (a == 'h' && f == 'g')
        || (a == 'k' && f == 'h')
        || (a == 'd' && f == 'j')
        || (a == 'c' && f == 'j')
        || (a == 's' && f == 'z');
  }

  /** "xal" for "al": a short name part that is a particle with one stray letter in front. */
  private static boolean particleTypo(NameToken name, NameToken particle) {
    return name.role() == TokenRole.NAME
        && particle.role() == TokenRole.PARTICLE
        && name.key().length() == particle.key().length() + 1
        && name.key().length() <= 3
        && name.key().endsWith(particle.key());
  }

  /** Similarity of two name parts, 0-1 (below {@link NameMatcher#MIN_PAIR} means no match). */
  public static double similarity(NameToken a, NameToken b) {
    return similarity(a, b, true);
  }

  /**
   * Similarity of two name parts, 0-1, spelling differences judged strictly or not (see {@link
   * EditDistance#weighted(CharSequence, CharSequence, double, boolean)}).
   */
  public static double similarity(NameToken a, NameToken b, boolean strict) {
    double s = baseSimilarity(a, b, strict);
    if (s < 0.95 && !a.alternates().isEmpty() && !b.abjad()) {
      s = Math.max(s, alternateSimilarity(a, b, strict));
    }
    if (s < NameMatcher.MIN_PAIR
        && !strict
        && a.patronymic() == b.patronymic()
        && !a.abjad()
        && !b.abjad()
        && a.ascii().length() >= 4
        && b.ascii().length() >= 4) {
      // a slip in an unknown word may break the very letters the key folds (Khpkhlun: kh, ph;
      // Suor: sh), so its letters as written are compared too; the cost is set against the
      // keys' length, as any other pair's, so that the slips it counts are alike, unless the
      // keys fold away more than the letters differ (Pyatykh keys piati, its final kh after a
      // vowel dropped as an Arabic name's h; Piaytkh keeps it): then the shorter word as written
      int len = Math.max(a.ascii().length(), b.ascii().length());
      int max = len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
      double d = EditDistance.weighted(a.ascii(), b.ascii(), max, false);
      if (d <= max) {
        int keys = Math.max(a.key().length(), b.key().length());
        int written = Math.min(a.ascii().length(), b.ascii().length());
        s = Math.max(s, 1.0 - d / Math.max(keys, Math.min(written, keys + 1)));
      }
    }
    return s;
  }

  /**
   * The best similarity of one of the query part's other romanisation readings to the list part:
   * the same key is a transliteration (0.95), the same stem an ending (0.9), else edit distance as
   * for the part itself. A reading is a guess at the system, so a reading that still needs spelling
   * changes is held to the strict rules.
   */
  private static double alternateSimilarity(NameToken a, NameToken b, boolean strict) {
    double best = 0;
    for (Reading reading : a.alternates()) {
      if (reading.patronymic() != b.patronymic()) {
        continue; // a surname is not a misspelt patronymic, in any reading
      }
      String alt = reading.key();
      if (alt.equals(b.key())) {
        return 0.95;
      }
      String stem = reading.stem();
      if (stem.length() >= 3 && stem.equals(b.stem())) {
        best = Math.max(best, 0.9);
        continue;
      }
      best = Math.max(best, editSimilarity(alt, stem, b.key(), b.stem(), strict));
    }
    return best;
  }

  private static double baseSimilarity(NameToken a, NameToken b, boolean strict) {
    if (a.text().equals(b.text())) {
      return 1.0;
    }
    Character.UnicodeScript script = foreignScript(a.text());
    if (script != null && script == foreignScript(b.text())) {
      // Two spellings in one non-Latin, non-Cyrillic script (Han, Hangul, Khmer ...): compare
      // the letters themselves; their Latin readings merge names that only sound alike.
      int len = Math.max(a.text().length(), b.text().length());
      int d = EditDistance.within(a.text(), b.text(), 1);
      double s = d <= 1 ? 1.0 - (double) d / len : 0;
      return s >= NameMatcher.MIN_PAIR ? s : 0;
    }
    if (a.ascii().equals(b.ascii())) {
      return 0.98;
    }
    if (a.key().equals(b.key())) {
      return 0.95;
    }
    if (a.patronymic() != b.patronymic()) {
      // a surname or given name is not a patronymic: Nikolaeva is not Nikolayevna, nor is a
      // Viktorovich the Viktor he is named after; a patronymic OCR or a slip left unrecognised
      // (Nikolaevlc) may still be one
      // (or written -ovik, a hard c read as к: Viktorovik for Viktorovic)
      if (!a.patronymic()
          && b.patronymic()
          && a.key().length() >= 7
          && (a.key().endsWith("c") || a.key().endsWith("vik"))
          && b.key().endsWith("vic")) {
        double d = EditDistance.weighted(a.key(), b.key(), 1.5, false);
        return d <= 1.5 ? 1.0 - d / Math.max(a.key().length(), b.key().length()) : 0;
      }
      return 0;
    }
    if (a.stem().length() >= 3 && a.stem().equals(b.stem())) {
      return 0.9;
    }
    if (a.patronymic() && b.patronymic() && a.stem().length() >= 3 && b.stem().length() >= 3) {
      // two patronymic forms (Serge uly, Sergeyevich): the fathers' names a slip apart
      double d = EditDistance.weighted(a.stem(), b.stem(), 1, false);
      if (d <= 1) {
        return Math.max(
            0.9 - 0.05 * d, editSimilarity(a.key(), a.stem(), b.key(), b.stem(), strict));
      }
    }
    if (a.abjad() || b.abjad()) {
      return abjadSimilarity(a, b);
    }
    return editSimilarity(a.key(), a.stem(), b.key(), b.stem(), strict);
  }

  /** 1 - weighted edit cost / length, when the cost is within the length's allowance; else 0. */
  private static double editSimilarity(
      String aKey, String aStem, String bKey, String bStem, boolean strict) {
    double best = 0;
    int len = Math.max(aKey.length(), bKey.length());
    int max = len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
    if (max > 0) {
      double d = EditDistance.weighted(aKey, bKey, max, strict);
      if (d <= max) {
        best = 1.0 - d / len;
      }
      if (!aStem.equals(aKey) || !bStem.equals(bKey)) {
        int stemLen = Math.max(aStem.length(), bStem.length());
        double ds = EditDistance.weighted(aStem, bStem, max, strict);
        if (ds <= max && stemLen > 0) {
          best = Math.max(best, 1.0 - ds / stemLen - 0.02);
        }
      }
    }
    return best;
  }

  /** The script of a token that is neither Latin nor Cyrillic nor an abjad, or null. */
  private static Character.@Nullable UnicodeScript foreignScript(String text) {
    if (text.isEmpty() || text.charAt(0) < 0x250) {
      return null;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
    switch (script) {
      case LATIN, CYRILLIC, ARABIC, HEBREW, COMMON, INHERITED:
        return null;
      default:
        return script;
    }
  }

  private static double abjadSimilarity(NameToken a, NameToken b) {
    String x = a.abjad() ? a.skeleton() : Keys.skeleton(a.key(), true);
    String y = b.abjad() ? b.skeleton() : Keys.skeleton(b.key(), true);
    if (x.length() < 2) {
      return 0;
    }
    if (x.equals(y)) {
      return 0.88;
    }
    if (Math.min(x.length(), y.length()) >= 4 && EditDistance.within(x, y, 1) <= 1) {
      return 0.78;
    }
    return 0;
  }

  private static MatchMethod lastMethod(NameToken a, NameToken b, double s) {
    if (a.text().equals(b.text())) {
      return MatchMethod.EXACT;
    }
    if (foreignScript(a.text()) != null && foreignScript(a.text()) == foreignScript(b.text())) {
      return MatchMethod.EDIT_DISTANCE;
    }
    if (a.ascii().equals(b.ascii()) || a.key().equals(b.key()) || a.hasAlternate(b.key())) {
      return MatchMethod.TRANSLITERATION;
    }
    if (a.stem().equals(b.stem())) {
      return MatchMethod.ENDING;
    }
    if (a.abjad() || b.abjad()) {
      return MatchMethod.PHONETIC;
    }
    return MatchMethod.EDIT_DISTANCE;
  }

  /**
   * An unknown word of six letters or more two slips of the hand from a list part of five or more,
   * in its own key or a reading (Serhik, read Sergik, for Sergei: a letter added, one dropped;
   * Pawile for Pavel: a letter added, two swapped): below {@link NameMatcher#MIN_PAIR} as a share
   * of so short a word, yet a misspelling where two more full parts agree ({@link
   * NameMatcher#compare} caps it otherwise); 0 when it is not.
   */
  private static double handSlipSimilarity(NameToken a, NameToken b) {
    if (a.patronymic() != b.patronymic() || a.abjad() || b.abjad() || b.key().length() < 5) {
      return 0;
    }
    String key = a.key().length() >= 6 && Slips.slipsOfTheHand(a.key(), b.key()) ? a.key() : null;
    for (int r = 0; key == null && r < a.alternates().size(); r++) {
      Reading reading = a.alternates().get(r);
      if (reading.patronymic() == b.patronymic()
          && reading.key().length() >= 6
          && Slips.slipsOfTheHand(reading.key(), b.key())) {
        key = reading.key();
      }
    }
    return key == null ? 0 : 1.0 - 2.0 / Math.max(key.length(), b.key().length());
  }

  /**
   * A query part cut short at its end, as a form's narrow field or a hurried clerk leaves a given
   * name (Rashi for Rashid): at least four letters of the key kept and one dropped (an unknown word
   * is already one slip from the name; this is for a word that is itself a listed name, which
   * {@link #similarity} holds to strict rules). Not two dropped: Ivan would pair with every Ivanov,
   * weakening the bound that spares most names the pairing, for no name it finds. As with {@link
   * #handSlipSimilarity}, the similarity (the share of the letters kept, below {@link
   * NameMatcher#MIN_PAIR}) counts only where two more full parts agree ({@link NameMatcher#compare}
   * caps it otherwise), and this holds for a word that is itself a listed name too: a name cut
   * short is still a prefix of the right one, while another person who shares the other two parts
   * rarely has a name that begins so. 0 when the part is not cut so.
   */
  private static double cutShortSimilarity(NameToken a, NameToken b) {
    String q = a.key();
    String l = b.key();
    if (a.patronymic() || b.patronymic() || q.length() < 4 || l.length() - q.length() > 1) {
      return 0;
    }
    return l.length() > q.length() && l.startsWith(q)
        ? Math.min(NameMatcher.MIN_PAIR - 0.01, (double) q.length() / l.length())
        : 0;
  }
}
