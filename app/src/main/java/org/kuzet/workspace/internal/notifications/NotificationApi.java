package org.kuzet.workspace.internal.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
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

  private final NotificationCenter center;

  NotificationApi(NotificationCenter center) {
    this.center = center;
  }

  @Operation(
      summary =
          "The caller's notifications, newest first; unread=true for unread only, false for read only")
  @GetMapping("/api/workspace/notifications")
  ListPage<Notice> notifications(
      @RequestParam(required = false) @Nullable Boolean unread,
      @Sortable(
              value = {"createdAt", "id"},
              descending = true)
          Paging paging) {
    return center.page(CurrentUser.require(), unread, paging);
  }

  @Operation(
      summary =
          "Acknowledge a notification (and mark it read); acknowledging twice changes nothing")
  @PostMapping("/api/workspace/notifications/{id}/acknowledge")
  Notice acknowledge(@PathVariable long id) {
    return center
        .mark(CurrentUser.require(), id, true)
        .orElseThrow(() -> new NotFound("notification", id));
  }
}
