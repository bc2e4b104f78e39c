package org.kuzet.interdiction.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Live alerts over server-sent events. Each open page of an interdiction user holds one stream;
 * an alert goes, once its transaction has committed, to the streams of its recipient or of the
 * users whose agency operates the post, as an HTML fragment (event name {@code alert}) that the
 * htmx sse extension inserts into the page.
 */
@Component
public class AlertStream {

  private static final Logger log = LoggerFactory.getLogger(AlertStream.class);
  static final Duration TIMEOUT = Duration.ofMinutes(30);

  private record Client(KuzetUser user, Locale locale) {}

  private final Map<SseEmitter, Client> clients = new ConcurrentHashMap<>();
  private final ITemplateEngine templates;
  private final Posts posts;
  private final Notifications notifications;

  AlertStream(ITemplateEngine templates, Posts posts, Notifications notifications) {
    this.templates = templates;
    this.posts = posts;
    this.notifications = notifications;
  }

  SseEmitter connect(KuzetUser user, Locale locale) {
    var emitter = new SseEmitter(TIMEOUT.toMillis());
    clients.put(emitter, new Client(user, locale));
    emitter.onCompletion(() -> clients.remove(emitter));
    emitter.onTimeout(() -> clients.remove(emitter));
    emitter.onError(e -> clients.remove(emitter));
    try {
      // A first event tells the client (and tests) that the stream is live.
      emitter.send(SseEmitter.event().name("ready").data("connected"));
    } catch (IOException e) {
      clients.remove(emitter);
    }
    return emitter;
  }

  /**
   * Ends every open stream as soon as the application starts closing, before the web server's
   * graceful shutdown, which would otherwise wait for these never-ending requests.
   */
  @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
  void closeAll() {
    clients.keySet().forEach(SseEmitter::complete);
    clients.clear();
  }

  int connected() {
    return clients.size();
  }

  /**
   * Sends the alerts when the current transaction commits (at once when there is none), and
   * enters each in the notification center within that transaction.
   */
  void publishAfterCommit(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return;
    }
    alerts.forEach(a -> notifications.notify(AlertNotices.of(a)));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              alerts.forEach(AlertStream.this::send);
            }
          });
    } else {
      alerts.forEach(this::send);
    }
  }

  private void send(Alert alert) {
    if (clients.isEmpty()) {
      return;
    }
    var post = posts.byId(alert.postId()).orElse(null);
    for (var entry : Set.copyOf(clients.entrySet())) {
      Client c = entry.getValue();
      if (!receives(c.user(), alert)) {
        continue;
      }
      var ctx = new Context(c.locale());
      ctx.setVariable("a", alert);
      ctx.setVariable("post", post);
      String html = templates.process("interdiction/alerts", Set.of("alertItem"), ctx);
      try {
        entry.getKey().send(SseEmitter.event().name("alert").id(Long.toString(alert.id())).data(html));
      } catch (IOException | IllegalStateException e) {
        log.debug("dropping a closed alert stream: {}", e.getMessage());
        clients.remove(entry.getKey());
      }
    }
  }

  static boolean receives(KuzetUser user, Alert alert) {
    if (alert.recipient() != null) {
      return alert.recipient().equals(user.username());
    }
    return AccessRules.mayWorkAtPost(user, alert.agency());
  }
}
