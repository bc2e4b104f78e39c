package org.kuzet.interdiction.internal.inspection;

import java.util.List;
import java.util.Locale;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The user's alerts: the list, acknowledging one, and the live stream. */
@Controller
public class AlertController {

  private final Alerts alerts;
  private final AlertStream stream;
  private final InterdictionAccess access;
  private final AuditLog audit;
  private final InterdictionSettings settings;

  AlertController(
      Alerts alerts,
      AlertStream stream,
      InterdictionAccess access,
      AuditLog audit,
      InterdictionSettings settings) {
    this.alerts = alerts;
    this.stream = stream;
    this.access = access;
    this.audit = audit;
    this.settings = settings;
  }

  @GetMapping("/interdiction/alerts")
  String list(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute(
        "alerts", alerts.forUser(user.username(), access.alertPosts(user), false, 200));
    model.addAttribute("zone", settings.zone());
    return "interdiction/alerts";
  }

  @GetMapping(path = "/interdiction/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(Locale locale) {
    return stream.connect(CurrentUser.require(), locale);
  }

  /** Acknowledges an alert and answers the alert's list item, now acknowledged. */
  @PostMapping("/interdiction/alerts/{id}/ack")
  String acknowledge(@PathVariable long id, Model model) {
    KuzetUser user = CurrentUser.require();
    Alert alert =
        alerts
            .byId(id)
            .filter(a -> AlertStream.receives(user, a))
            .orElseThrow(InspectionController::notFound);
    access.acknowledge(user, alert);
    model.addAttribute("a", alerts.byId(id).orElseThrow());
    model.addAttribute("post", null);
    return "interdiction/alerts :: alertItem";
  }

  public List<Alert> openFor(KuzetUser user) {
    return alerts.forUser(user.username(), access.alertPosts(user), true, 20);
  }
}
