package org.kuzet.workspace;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A notification a module raises.
 *
 * @param title one line saying what happened, in the words of the record (names keep their script)
 * @param link the application path of the record, e.g. {@code /interdiction/inspections/42}
 * @param sourceKey when set, a second notification with the same key is ignored, so a module may
 *     raise it again (a redelivered event, a reminder job run twice) without a duplicate
 */
public record NewNotification(
    NotificationKind kind, String title, String link, Audience audience, @Nullable String sourceKey) {

  public NewNotification {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    title = title.strip();
    if (title.length() > 500) {
      title = title.substring(0, 499) + "…";
    }
    // Only paths of this application: the list page redirects to the link.
    if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")
        || link.length() > 500) {
      throw new IllegalArgumentException("a notification links to a path of the application: " + link);
    }
    if (sourceKey != null && (sourceKey.isBlank() || sourceKey.length() > 200)) {
      throw new IllegalArgumentException("source key must be 1-200 characters");
    }
  }

  public NewNotification(NotificationKind kind, String title, String link, Audience audience) {
    this(kind, title, link, audience, null);
  }
}
