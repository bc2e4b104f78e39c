package org.kuzet.engine.screening;

/** How a query name part matched a list name part. */
public enum MatchMethod {
  /** The same part after case and Unicode normalisation. */
  EXACT,
  /** The same part in another script or transliteration standard (Серикбаев / Serikbayev). */
  TRANSLITERATION,
  /** The same part with another gendered or patronymic ending (-ov/-ova, -ovich/-uly). */
  ENDING,
  /** Sounds alike (same consonant skeleton). */
  PHONETIC,
  /** A typo or two (edit distance). */
  EDIT_DISTANCE,
  /** An initial standing for the whole part. */
  INITIAL,
  /** Parts written together on one side and apart on the other (SergeiLavrov). */
  JOINED
}
