package org.kuzet.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A notification a module raises: an event the module publishes (through Spring's {@code
 * ApplicationEventPublisher}) in the transaction that records what it tells of. The notification
 * center stores it once that transaction commits; a notification published outside any transaction
 * is never delivered.
 *
 * @param title one line saying what happened, in English: kept for the record, and shown when there
 *     is no title key (or the key has no words)
 * @param titleKey the message key that words the title in the reader's language when it is shown
 *     (an ICU MessageFormat pattern), or null
 * @param titleArgs the key's arguments: texts (names keep their script), whole numbers (the pattern
 *     may choose plural forms), dates (shown in the reader's date pattern) and codes ({@code
 *     Formats.code}, worded in the reader's language)
 * @param link the application path of the record, e.g. {@code /interdiction/inspections/42}
 * @param sourceKey when set, a second notification with the same key is ignored, so a module may
 *     raise it again (a redelivered event, a reminder job run twice) without a duplicate
 */
public record NewNotification(
    NotificationKind kind,
    String title,
    @Nullable String titleKey,
    List<Object> titleArgs,
    String link,
    Audience audience,
    @Nullable String sourceKey) {

  public NewNotification {
    Objects.requireNonNull(kind, "kind");
    titleArgs = List.copyOf(titleArgs);
    for (Object a : titleArgs) {
      if (!(a instanceof String
          || a instanceof Long
          || a instanceof Integer
          || a instanceof LocalDate
          || a instanceof MessageSourceResolvable)) {
        throw new IllegalArgumentException(
            "a title argument is a text, a whole number, a date or a code: " + a);
      }
    }
    if (titleKey != null && (titleKey.isBlank() || titleKey.length() > 200)) {
      throw new IllegalArgumentException("title key must be 1-200 characters");
    }
    Objects.requireNonNull(audience, "audience");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    title = title.strip();
    if (title.length() > 500) {
      title = title.substring(0, 499) + "…";
    }
    // Only paths of this application: the list page redirects to the link.
    if (link == null
        || !link.startsWith("/")
        || link.startsWith("//")
        || link.contains("\\")
        || link.length() > 500) {
      throw new IllegalArgumentException(
          "a notification links to a path of the application: " + link);
    }
    if (sourceKey != null && (sourceKey.isBlank() || sourceKey.length() > 200)) {
      throw new IllegalArgumentException("source key must be 1-200 characters");
    }
  }

  /** A notification whose title is the same in every language (a text written by a user). */
  public NewNotification(
      NotificationKind kind,
      String title,
      String link,
      Audience audience,
      @Nullable String sourceKey) {
    this(kind, title, null, List.of(), link, audience, sourceKey);
  }

  public NewNotification(NotificationKind kind, String title, String link, Audience audience) {
    this(kind, title, link, audience, null);
  }
}
