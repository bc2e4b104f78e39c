package org.kuzet.interdiction.internal.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.watchlist.ExplanationWords;
import org.kuzet.watchlist.ListVersionLabels;
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
  private final ListVersionLabels labels;

  HitWords(ExplanationWords explanations, Formats formats, ListVersionLabels labels) {
    this.explanations = explanations;
    this.formats = formats;
    this.labels = labels;
  }

  /**
   * The list versions a hit was screened against ({@code name=sha256; ...} as stored), each as its
   * list name, version number and load date in the reader's language; a version no longer stored
   * shows its name and the start of its hash.
   */
  public String versions(Hit h, Locale locale) {
    String stored = h.listVersions();
    if (stored == null || stored.isBlank()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (String part : stored.split(";")) {
      String p = part.strip();
      int eq = p.lastIndexOf('=');
      if (eq <= 0) {
        out.add(p);
        continue;
      }
      String name = p.substring(0, eq);
      String sha = p.substring(eq + 1);
      out.add(
          labels
              .find(name, sha)
              .map(
                  l ->
                      formats.message(
                          "watchlist.screening.versionUsed",
                          locale,
                          l.listName(),
                          l.number(),
                          formats.date(l.loadedAt(), locale)))
              .orElse(name + " " + (sha.length() > 12 ? sha.substring(0, 12) : sha)));
    }
    return String.join("; ", out);
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
