package org.kuzet.interdiction.internal.targeting;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How targeting compares what an officer typed with a rule's words, whatever the script: both sides
 * are spelled in plain Latin letters first ("Душанбе" and "Dushanbe" both become "dushanbe",
 * "Хорог" becomes "khorog"), so a place needs no list of spellings. Words that differ between
 * languages (дыня, қауын, melon) are not spellings of each other; a rule lists them as its terms,
 * and each term is compared the same way.
 */
final class Terms {

  /**
   * Russian by the BGN/PCGN romanisation that gazetteers and road signs use, so the Latin spelling
   * officers know comes out; Kazakh letters Russian lacks (қ, ұ, ә …) then by the general rule.
   */
  private static final Transliterator LATIN =
      Transliterator.getInstance(
          "Russian-Latin/BGN; Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower");

  private Terms() {}

  /** The text in plain lower-case Latin letters and digits, single spaces between words. */
  static String fold(String text) {
    String latin;
    // An ICU transliterator keeps state while it works; one at a time is cheap at these lengths.
    synchronized (LATIN) {
      latin = LATIN.transliterate(text.toLowerCase(Locale.ROOT));
    }
    // Romanisation marks letters that would read as one sound with a middle dot, soft and hard
    // signs with primes, Kazakh letters with modifier marks; inside a word they are no break.
    return latin
        .replaceAll("[\\p{Lm}\\p{Sk}\u00b7'`\u2019]", "")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  /** A comma-separated list, each entry folded, blanks dropped, duplicates once. */
  static List<String> folded(String commaSeparated) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(commaSeparated.split("[,;\\n]"))
        .map(Terms::fold)
        .filter(w -> !w.isEmpty())
        .forEach(out::add);
    return List.copyOf(out);
  }
}
