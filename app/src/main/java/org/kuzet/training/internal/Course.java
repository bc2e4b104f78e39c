package org.kuzet.training.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;

/**
 * A course a center teaches, with its completion rule. Its title is kept in a base language with
 * optional Russian and Kazakh titles.
 */
public record Course(
    CourseId id,
    String code,
    CenterId centerId,
    String title,
    String topic,
    String programCode,
    String targetAudience,
    int hours,
    CompletionRule rule,
    boolean illustrative,
    @Nullable String titleRu,
    @Nullable String titleKk) {

  /** The title in the reader's language, or the base title where it has none. */
  public String title(Locale locale) {
    return LocalNames.in(locale, title, titleRu, titleKk);
  }
}
