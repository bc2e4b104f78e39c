package org.kuzet.engine.screening.score;

import org.kuzet.engine.screening.text.EditDistance;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.Reading;

/** How many slips a misspelt query part may carry, and which two slips a typist's hand makes. */
public final class Slips {

  private Slips() {}

  /**
   * Slips beyond the first that an unknown query part may carry and still be a misspelling, scaled
   * by its length: none up to five letters, half a slip more from six letters (Polkaov / Polyakov,
   * Kaaeva / Kabaeva), a whole one from nine (a long word holds more slips for the same share of
   * its letters: Jewfndijew for Jefendijew), one and a half from ten (three slips in ten letters or
   * more, the most the edit allowance lets through, are as many per letter as two in seven); the
   * edit allowance bounds the total (three from nine letters). The second slip of a word is
   * forgiven only where two more full parts agree (see {@link NameMatcher#compare}), so this does
   * not reach a name that shares only the surname or only the given names.
   */
  static double unknownAllowance(int len) {
    return len >= 10 ? 1.5 : len >= 9 ? 1.0 : len >= 6 ? 0.5 : 0;
  }

  /**
   * Whether a long unknown query part is two slips of a typist's hand from the list part (a key
   * next to the right one, a letter dropped or added, neighbours swapped: Kubranof / Kurbanov,
   * Khaomov / Khalimov), at most one of them in the consonants. Another name that happens to lie
   * two letters away rarely differs so (Kamolov / Kanokov: two consonants; Akhmetova / Akhmadova:
   * keys far apart).
   */
  static boolean slipsOfTheHand(NameToken q, NameToken l) {
    return slipsOfTheHand(q.key(), l.key());
  }

  public static boolean slipsOfTheHand(String q, String l) {
    return EditDistance.typed(q, l, 2) <= 2
        && EditDistance.weighted(q, l, HAND_SLIPS_STRICT, true) <= HAND_SLIPS_STRICT;
  }

  /**
   * A vowel slip and another consonant (see {@link EditDistance#weighted}): the most two slips of
   * the hand may cost.
   */
  private static final double HAND_SLIPS_STRICT = 3.5;

  /**
   * The length of the query part's key the slips are counted in: the shortest of its own key and
   * its romanisation readings, as a reading's similarity is set against the reading's length
   * (Kibalieŭ read as Kibalev is two slips from Kovalev in seven letters, not eight).
   */
  static int queryKeyLength(NameToken t) {
    int len = t.key().length();
    for (Reading r : t.alternates()) {
      if (r.key().length() >= 4) {
        len = Math.min(len, r.key().length());
      }
    }
    return len;
  }
}
