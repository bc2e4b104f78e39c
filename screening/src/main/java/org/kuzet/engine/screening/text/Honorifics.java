package org.kuzet.engine.screening.text;

import java.util.List;
import java.util.Set;

/** Titles and honorifics (Mr, Dr, Sheikh, Maulavi, Colonel ...) and a leading "the" dropped. */
final class Honorifics {

  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mister",
          "dr",
          "prof",
          "professor",
          "sir",
          "madam",
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "shaik",
          "mullah",
          "mulla",
          "maulavi",
          "mawlawi",
          "maulvi",
          "molvi",
          "maulana",
          "general",
          "colonel",
          "captain",
          "gospodin",
          "gospozha",
          "gospoja",
          "hon",
          "honorable",
          "honourable",
          "his",
          "her",
          "excellency",
          "lt",
          "gen",
          "col",
          "capt",
          "major");

  private Honorifics() {}

  /**
   * Drops the honorifics from the parts and their ASCII forms (two lists of one length, changed in
   * place), keeping at least one part; a dotted part ("D.R.") is no title.
   */
  static void drop(List<RawPart> raws, List<String> ascii) {
    for (int i = ascii.size() - 1; i >= 0 && ascii.size() > 1; i--) {
      if (HONORIFICS.contains(ascii.get(i)) && !raws.get(i).dotted()) {
        raws.remove(i);
        ascii.remove(i);
      }
    }
    if (ascii.size() > 1 && ascii.get(0).equals("the")) {
      raws.remove(0);
      ascii.remove(0);
    }
  }
}
