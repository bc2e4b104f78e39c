package org.kuzet.engine.screening.text;

import java.util.List;
import java.util.Objects;

/**
 * One normalised name part with its tolerant keys.
 *
 * @param text the part as written, NFKC and lower case, in its own script, punctuation removed
 * @param ascii the part in plain ASCII Latin
 * @param key transliteration-tolerant key ({@link Keys#fold})
 * @param stem key without gendered or patronymic ending ({@link Keys#stem})
 * @param skeleton phonetic consonant skeleton ({@link Keys#skeleton})
 * @param role what the part is
 * @param patronymic whether the part looks like a patronymic (-ovich, -uly, -kyzy ...)
 * @param abjad whether it was written in Arabic or Hebrew script
 * @param dottedInitials whether it was written as dotted initials ("N.A.")
 * @param alternates for a query part in Latin letters, its readings as other romanisation systems
 *     write (German, Polish, ISO 9 ...: see {@link Romanisations}); empty for list parts
 */
public record NameToken(
    String text,
    String ascii,
    String key,
    String stem,
    String skeleton,
    TokenRole role,
    boolean patronymic,
    boolean abjad,
    boolean dottedInitials,
    List<Reading> alternates) {

  /** A part without alternate readings (list parts). */
  public NameToken(
      String text,
      String ascii,
      String key,
      String stem,
      String skeleton,
      TokenRole role,
      boolean patronymic,
      boolean abjad,
      boolean dottedInitials) {
    this(text, ascii, key, stem, skeleton, role, patronymic, abjad, dottedInitials, List.of());
  }

  /** This part with its alternate readings. */
  public NameToken withAlternates(List<Reading> keys) {
    return new NameToken(
        text, ascii, key, stem, skeleton, role, patronymic, abjad, dottedInitials, keys);
  }

  public NameToken {
    alternates = alternates == null ? List.of() : alternates;
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ascii, "ascii");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(skeleton, "skeleton");
    Objects.requireNonNull(role, "role");
  }

  /** Whether one of the alternate readings has this fold key. */
  public boolean hasAlternate(String foldKey) {
    for (Reading r : alternates) {
      if (r.key().equals(foldKey)) {
        return true;
      }
    }
    return false;
  }

  /** The weight of this part in a name score. */
  public double weight() {
    return role.weight();
  }
}
