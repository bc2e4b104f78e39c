package org.kuzet.workspace.internal.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Sortable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications: list them, acknowledge one. Another user's is 404. */
@RestController
@Tag(name = "workspace")
class NotificationApi {

  /** As many as the notification page lists. */
  private static final int KEPT = 500;

  private final NotificationCenter center;

  NotificationApi(NotificationCenter center) {
    this.center = center;
  }

  @Operation(summary = "The caller's notifications, newest first (the 500 newest); unread=true for unread only")
  @GetMapping("/api/workspace/notifications")
  ListPage<Notice> notifications(
      @RequestParam(required = false) @Nullable Boolean unread,
      @Sortable(value = {"createdAt", "id"}, descending = true) Paging paging) {
    KuzetUser user = CurrentUser.require();
    var all = center.list(user, KEPT).stream().filter(n -> unread == null || n.read() != unread).toList();
    return paging.slice(all, Map.of(
        "createdAt", Comparator.comparing(Notice::createdAt),
        "id", Comparator.comparingLong(Notice::id)));
  }

  @Operation(summary = "Acknowledge a notification (and mark it read); acknowledging twice changes nothing")
  @PostMapping("/api/workspace/notifications/{id}/acknowledge")
  Notice acknowledge(@PathVariable long id) {
    return center.mark(CurrentUser.require(), id, true).orElseThrow(() -> new NotFound("notification", id));
  }
}
