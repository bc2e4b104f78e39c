package org.kuzet.watchlist;

import java.util.Locale;
import org.kuzet.engine.screening.Explanation;

/**
 * A screening explanation kept as facts and worded when read, so a hit stored today reads in the
 * language of whoever opens it: the engine's {@link Explanation} is saved as {@link #facts} (a
 * language-free JSON text) and {@link #words} puts it into the reader's language from the message
 * bundles.
 */
public interface ExplanationWords {

  /** The explanation as facts to store. */
  String facts(Explanation explanation);

  /** Stored facts in the reader's language, one fact per line. */
  String words(String facts, Locale locale);

  /** An explanation in the reader's language, one fact per line. */
  String words(Explanation explanation, Locale locale);

  /**
   * One supporting fact's finding in the reader's language, countries by their names in it. Pages
   * call it as {@code @explanationWords.evidence(e, #locale)}.
   */
  String evidence(Explanation.Evidence evidence, Locale locale);
}
