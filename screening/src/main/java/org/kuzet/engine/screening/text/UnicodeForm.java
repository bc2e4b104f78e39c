package org.kuzet.engine.screening.text;

import java.text.Normalizer;

/**
 * The first step: a name cut to {@link NameNormaliser#MAX_CHARS} and brought to Unicode NFKC, so
 * that compatibility forms (full-width letters, ligatures, superscripts) read as their plain
 * letters.
 */
final class UnicodeForm {

  private UnicodeForm() {}

  static String apply(String name) {
    String s =
        name.length() > NameNormaliser.MAX_CHARS
            ? name.substring(0, NameNormaliser.MAX_CHARS)
            : name;
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
