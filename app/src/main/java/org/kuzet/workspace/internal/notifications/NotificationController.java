package org.kuzet.workspace.internal.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.NotificationKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The notification center: the user's list, acknowledging, opening the record, marking all read,
 * the kinds shown on the home page, and the live unread count. Every signed-in, approved user has
 * one; each sees only the notifications whose audience includes them (404 otherwise).
 */
@Controller
class NotificationController {

  private final NotificationCenter center;
  private final NotificationStream stream;
  private final AuditLog audit;

  NotificationController(NotificationCenter center, NotificationStream stream, AuditLog audit) {
    this.center = center;
    this.stream = stream;
    this.audit = audit;
  }

  @GetMapping("/notifications")
  String list(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("notices", center.list(user, 200));
    model.addAttribute("unread", NotificationStream.label(center.unread(user)));
    model.addAttribute("kinds", NotificationKind.values());
    model.addAttribute("homeKinds", center.homeKinds(user));
    return "workspace/notifications";
  }

  /**
   * The live count and new items; {@code home=true} sends only the kinds chosen for the home page.
   */
  @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      Locale locale, @RequestParam(name = "home", defaultValue = "false") boolean home) {
    return stream.connect(CurrentUser.require(), locale, home);
  }

  /** Acknowledges; htmx gets the item back, a plain form the list. */
  @PostMapping("/notifications/{id}/ack")
  String acknowledge(
      @PathVariable long id,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    KuzetUser user = CurrentUser.require();
    Notice n = center.mark(user, id, true).orElseThrow(NotificationController::notFound);
    audit.record("NOTIFICATION_ACKNOWLEDGED", "notification", id, n.kind().name());
    if (htmx == null) {
      return "redirect:/notifications";
    }
    model.addAttribute("n", n);
    return "workspace/notifications :: item";
  }

  /** Jump to the record: marks the notification read and goes to its page. */
  @GetMapping("/notifications/{id}/open")
  String open(@PathVariable long id) {
    KuzetUser user = CurrentUser.require();
    Notice n = center.mark(user, id, false).orElseThrow(NotificationController::notFound);
    return "redirect:" + n.link();
  }

  @PostMapping("/notifications/read-all")
  String readAll() {
    KuzetUser user = CurrentUser.require();
    center.markAllRead(user);
    audit.record("NOTIFICATIONS_ALL_READ", "notification", null, null);
    return "redirect:/notifications";
  }

  /** The kinds that also appear in the "my alerts" panel of the home page. */
  @PostMapping("/notifications/preferences")
  String preferences(@RequestParam(name = "kinds", required = false) @Nullable List<String> kinds) {
    KuzetUser user = CurrentUser.require();
    var chosen = EnumSet.noneOf(NotificationKind.class);
    for (String k : kinds == null ? List.<String>of() : kinds) {
      try {
        chosen.add(NotificationKind.valueOf(k));
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "kinds: unknown kind '" + k + "'");
      }
    }
    center.saveHomeKinds(user, chosen);
    audit.record("NOTIFICATION_PREFERENCES", "account", user.accountId(), chosen.toString());
    return "redirect:/notifications?saved";
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
