package org.kuzet.evaluation.names;

/** Small questions about which script a text is in. */
final class Scripts {

  private Scripts() {}

  static boolean hasCyrillic(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }

  static boolean hasLatin(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  /** True when the text has letters of no script other than Latin and Cyrillic. */
  static boolean latinOrCyrillicOnly(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .allMatch(
            cp -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(cp);
              return script == Character.UnicodeScript.LATIN
                  || script == Character.UnicodeScript.CYRILLIC;
            });
  }
}
