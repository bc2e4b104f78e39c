package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A name in Russian Cyrillic, split into its parts; the patronymic may be empty. */
record CyrillicName(String surname, List<String> given, String patronymic) {

  CyrillicName {
    given = List.copyOf(given);
  }

  /** Every word of a Latin name reconstructed in Cyrillic. */
  static CyrillicName reconstructed(LatinName latin) {
    return new CyrillicName(
        CyrillicReconstruction.fromLatin(latin.surname()),
        latin.given().stream().map(CyrillicReconstruction::fromLatin).toList(),
        CyrillicReconstruction.fromLatin(latin.patronymic()));
  }

  /**
   * Splits the UN's original-script name, whose word order varies (Умаров Доку Хаматович, Ислам
   * Сеит-Умарович Атабиев): the patronymic by its ending, the surname as the word nearest the Latin
   * surname, the rest as given names in their order.
   */
  static CyrillicName fromOriginalScript(String original, LatinName latin) {
    List<String> words = new ArrayList<>(Arrays.asList(original.trim().split("\\s+")));
    String patronymic = "";
    for (String word : words) {
      if (Patronymics.looksLikePatronymic(word)) {
        patronymic = word;
      }
    }
    words.remove(patronymic);
    if (words.isEmpty()) {
      return reconstructed(latin);
    }
    String target = NameNormaliser.skeleton(latin.surname());
    String surname = words.get(words.size() - 1);
    int best = Integer.MAX_VALUE;
    for (String word : words) {
      int distance = NameNormaliser.distance(NameNormaliser.skeleton(word), target);
      if (distance < best) {
        best = distance;
        surname = word;
      }
    }
    words.remove(surname);
    return new CyrillicName(surname, words, patronymic);
  }
}
