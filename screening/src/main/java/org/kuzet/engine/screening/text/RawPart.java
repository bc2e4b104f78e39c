package org.kuzet.engine.screening.text;

/**
 * One part of a name as split from the text, before it becomes a {@link NameToken}.
 *
 * @param text the part, lower case, its apostrophes dropped (Qa'ida → qaida)
 * @param dotAfter whether a full stop followed it (an initial: "A.")
 * @param dotted whether it was merged from dotted initials ("A.B.C." → abc)
 * @param marked the text with its apostrophes (Kazakh 2017 s' for ш, Uzbek o' for ў)
 */
record RawPart(String text, boolean dotAfter, boolean dotted, String marked) {

  RawPart(String text, boolean dotAfter) {
    this(text, dotAfter, false, text);
  }

  RawPart(String text, boolean dotAfter, boolean dotted) {
    this(text, dotAfter, dotted, text);
  }
}
