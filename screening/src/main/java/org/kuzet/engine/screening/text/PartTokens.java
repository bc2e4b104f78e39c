package org.kuzet.engine.screening.text;

import java.util.Locale;

/**
 * A split part and its ASCII form made a {@link NameToken}: a legal form, a particle, an initial or
 * a name part, with its tolerant keys.
 */
final class PartTokens {

  private PartTokens() {}

  static NameToken token(RawPart raw, String ascii) {
    boolean abjad = ScriptFold.isAbjad(raw.text());
    String legal = LegalForms.of(raw.text(), ascii);
    if (legal != null) {
      return new NameToken(
          raw.text(), legal, legal, legal, legal, TokenRole.LEGAL_FORM, false, false, raw.dotted());
    }
    String particle =
        raw.dotted() || (raw.text().length() == 1 && raw.dotAfter())
            ? null
            : Particles.canonical(ascii);
    if (particle != null) {
      return new NameToken(
          raw.text(), ascii, particle, particle, particle, TokenRole.PARTICLE, false, false, false);
    }
    String key = Keys.fold(ascii);
    if (key.isEmpty()) {
      key = ascii;
    }
    // one letter as written is an initial, even when its Latin form has two (Ш, sh)
    boolean oneLetter =
        (ascii.length() == 1 && Character.isLetter(ascii.charAt(0)))
            || (raw.text().length() == 1 && Character.isLetter(raw.text().charAt(0)));
    TokenRole role = oneLetter ? TokenRole.INITIAL : TokenRole.NAME;
    String stem = Keys.stem(key);
    String skeleton = Keys.skeleton(key, abjad);
    boolean patronymic = role == TokenRole.NAME && Keys.patronymicRoot(key) != null;
    return new NameToken(
        raw.text(), ascii, key, stem, skeleton, role, patronymic, abjad, raw.dotted());
  }

  /**
   * One letter as an initial (a part of dotted initials taken apart), whatever else it could be.
   */
  static NameToken initial(char letter) {
    String text = String.valueOf(letter).toLowerCase(Locale.ROOT);
    String ascii = ScriptFold.toAscii(text);
    if (ascii.isEmpty()) {
      ascii = text;
    }
    String key = Keys.fold(ascii);
    return new NameToken(
        text,
        ascii,
        key.isEmpty() ? ascii : key,
        key.isEmpty() ? ascii : key,
        ascii,
        TokenRole.INITIAL,
        false,
        false,
        true);
  }
}
