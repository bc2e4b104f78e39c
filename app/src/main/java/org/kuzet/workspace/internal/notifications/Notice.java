package org.kuzet.workspace.internal.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.kuzet.workspace.NotificationKind;

/** A notification as one user sees it, with what that user has done with it. */
public record Notice(
    long id,
    NotificationKind kind,
    String title,
    String link,
    Instant createdAt,
    boolean read,
    @Nullable Instant acknowledgedAt) {

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }
}
