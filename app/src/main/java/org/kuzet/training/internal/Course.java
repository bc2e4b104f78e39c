package org.kuzet.training.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;

/**
 * A course a center teaches, with its completion rule. Its title, topic and target audience are
 * kept in a base language with optional Russian and Kazakh ones.
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
    @Nullable String titleKk,
    @Nullable String topicRu,
    @Nullable String topicKk,
    @Nullable String targetAudienceRu,
    @Nullable String targetAudienceKk) {

  /** A course whose topic and target audience have no translations (yet). */
  public Course(
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
    this(
        id,
        code,
        centerId,
        title,
        topic,
        programCode,
        targetAudience,
        hours,
        rule,
        illustrative,
        titleRu,
        titleKk,
        null,
        null,
        null,
        null);
  }

  /** The title in the reader's language, or the base title where it has none. */
  public String title(Locale locale) {
    return LocalNames.in(locale, title, titleRu, titleKk);
  }

  /** The topic in the reader's language, or the base text where it has none. */
  public String topic(Locale locale) {
    return LocalNames.in(locale, topic, topicRu, topicKk);
  }

  /** The target audience in the reader's language, or the base text where it has none. */
  public String targetAudience(Locale locale) {
    return LocalNames.in(locale, targetAudience, targetAudienceRu, targetAudienceKk);
  }
}
