package org.kuzet.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A module's words for the values it keeps in its audit details, given at view time in the reader's
 * language: a post's code read as the post's name, a refusal's code and arguments read as a
 * sentence. The detail keeps the stable values (codes, ids); the log words them each time it is
 * read, so entries written before a name was added or corrected read with today's words.
 */
public interface AuditDetailValues {

  /** The detail keys (without {@code audit.detail.}) whose values this words. */
  Set<String> keys();

  /**
   * The values {@code audit.detail.<key>} is worded with, in the reader's language; a value this
   * cannot word (a post that is gone) stays as kept.
   */
  List<Object> words(AuditDetail detail, Locale locale);
}
