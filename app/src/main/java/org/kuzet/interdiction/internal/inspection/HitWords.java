package org.kuzet.interdiction.internal.inspection;

import java.util.Locale;
import org.kuzet.watchlist.ExplanationWords;
import org.kuzet.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Why a hit matched, in the reader's language: a watchlist hit from its screening facts, a lookout
 * hit from its {@link LookoutReason}; a hit stored before it kept facts shows its English text.
 * Pages call it as {@code @hitWords.words(hit, #locale)}.
 */
@Component("hitWords")
public class HitWords {

  private final ExplanationWords explanations;
  private final Formats formats;

  HitWords(ExplanationWords explanations, Formats formats) {
    this.explanations = explanations;
    this.formats = formats;
  }

  public String words(Hit h, Locale locale) {
    if (h.explanationFacts() == null) {
      return h.explanation();
    }
    if (h.watchlist()) {
      return explanations.words(h.explanationFacts(), locale);
    }
    LookoutReason reason = h.lookoutReason();
    return reason == null
        ? h.explanation()
        : formats.message(reason.key(), locale, reason.arguments());
  }
}
