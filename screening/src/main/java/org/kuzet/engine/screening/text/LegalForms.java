package org.kuzet.engine.screening.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Company legal forms reduced to one short form: phrases (joint stock company → jsc), words
 * (limited → ltd, and a misspelt "corporatoin" too), Cyrillic initials (ООО → llc) and the short
 * forms themselves.
 */
final class LegalForms {

  /** Multi-word legal forms, longest first, to their short form. */
  private static final String[][] LEGAL_PHRASES = {
    {"public joint stock company", "pjsc"},
    {"closed joint stock company", "cjsc"},
    {"open joint stock company", "ojsc"},
    {"joint stock company", "jsc"},
    {"limited liability company", "llc"},
    {"limited liability partnership", "llp"},
    {"gesellschaft mit beschrankter haftung", "gmbh"},
    {"societatea cu raspundere limitata", "srl"},
    {"public limited company", "plc"},
    {"sociedad anonima", "sa"},
    {"societe anonyme", "sa"},
    {"national association", "na"},
    {"obshchestvo s ogranichennoi otvetstvennostiu", "llc"},
  };

  private static final String[][] LEGAL_PHRASE_WORDS = splitPhrases();

  private static String[][] splitPhrases() {
    String[][] out = new String[LEGAL_PHRASES.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = LEGAL_PHRASES[i][0].split(" ");
    }
    return out;
  }

  /**
   * Legal-form words to their short form. In a fixed order: a misspelt word close to two of them
   * ("cooperation": corporation, cooperative) must read the same in every run.
   */
  private static final Map<String, String> LEGAL_WORDS =
      legalWords(
          "aktiengesellschaft",
          "ag",
          "limited",
          "ltd",
          "incorporated",
          "inc",
          "corporation",
          "corp",
          "company",
          "co",
          "cooperative",
          "coop",
          "gesellschaft",
          "gmbh");

  private static Map<String, String> legalWords(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Legal forms written in Cyrillic initials (ООО, ТОО, АО ...), by their ICAO rendering. */
  private static final Map<String, String> CYRILLIC_LEGAL =
      Map.of("ooo", "llc", "too", "llp", "ao", "jsc", "zao", "cjsc", "oao", "ojsc", "pao", "pjsc");

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "llc", "llp", "pjsc", "cjsc", "ojsc", "jsc", "gmbh", "srl", "sa", "plc", "ag", "ltd",
          "inc", "corp", "co", "coop", "na", "sas", "bv", "nv", "spa", "sarl", "kg", "lp", "pte",
          "pvt", "fze", "fzco", "fzc", "ooo", "sro", "doo", "oy", "ab", "as", "lda", "cia");

  private LegalForms() {}

  /**
   * Replaces each legal-form phrase among the parts (two lists of one length, changed in place)
   * with one part, its short form.
   */
  static void phrases(List<RawPart> raws, List<String> ascii) {
    if (ascii.size() < 2) {
      return;
    }
    for (int ph = 0; ph < LEGAL_PHRASES.length; ph++) {
      String[] phrase = LEGAL_PHRASES[ph];
      String[] words = LEGAL_PHRASE_WORDS[ph];
      if (!ascii.contains(words[0])) {
        continue;
      }
      for (int i = 0; i + words.length <= ascii.size(); i++) {
        boolean match = true;
        for (int k = 0; k < words.length && match; k++) {
          match = ascii.get(i + k).equals(words[k]);
        }
        if (match) {
          for (int k = 0; k < words.length; k++) {
            raws.remove(i);
            ascii.remove(i);
          }
          raws.add(i, new RawPart(phrase[1], false));
          ascii.add(i, phrase[1]);
        }
      }
    }
  }

  /**
   * The short legal form a part stands for, or null for a part that is no legal form. Cyrillic
   * initials count where written in Cyrillic or three letters long: OOO, OAO, ZAO, PAO are
   * unmistakable in Latin letters too; AO and TOO are not.
   */
  static @Nullable String of(String text, String ascii) {
    if (LEGAL_FORMS.contains(ascii)) {
      return ascii;
    } else if (CYRILLIC_LEGAL.containsKey(ascii)
        && (ScriptFold.isCyrillic(text) || ascii.length() == 3)) {
      return CYRILLIC_LEGAL.get(ascii);
    } else if (LEGAL_WORDS.containsKey(ascii)) {
      return LEGAL_WORDS.get(ascii);
    } else if (ascii.length() >= 7) {
      return fuzzyLegalWord(ascii);
    }
    return null;
  }

  /** The legal form of a misspelt legal-form word: the closest, the first of equally close. */
  private static @Nullable String fuzzyLegalWord(String ascii) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : LEGAL_WORDS.entrySet()) {
      String word = e.getKey();
      int allowed = word.length() >= 10 ? 2 : 1;
      if (Math.abs(word.length() - ascii.length()) <= allowed) {
        int d = EditDistance.within(ascii, word, allowed);
        if (d <= allowed && d < bestDistance) {
          best = e.getValue();
          bestDistance = d;
        }
      }
    }
    return best;
  }
}
