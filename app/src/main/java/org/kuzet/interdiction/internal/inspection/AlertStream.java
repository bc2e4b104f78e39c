package org.kuzet.interdiction.internal.inspection;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AccountStatus;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.UserStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Live alerts over server-sent events. Each open page of an interdiction user holds one stream; an
 * alert goes, once its transaction has committed, to the streams of its recipient or of the users
 * whose agency operates the post, as an HTML fragment (event name {@code alert}) that the htmx sse
 * extension inserts into the page. {@link UserStreams} caps the streams per user and closes those
 * of an account that was disabled or moved since the stream opened.
 */
@Component
public class AlertStream {

  static final Duration TIMEOUT = Duration.ofMinutes(30);

  private record Client(KuzetUser user, Locale locale) {}

  private final UserStreams<Client> clients;
  private final ITemplateEngine templates;
  private final Posts posts;
  private final ApplicationEventPublisher events;
  private final ApplicationContext application;

  AlertStream(
      ITemplateEngine templates,
      Posts posts,
      ApplicationEventPublisher events,
      AccountStatus accounts,
      ApplicationContext application,
      @Value("${kuzet.streams.max-per-user:5}") int maxPerUser) {
    this.templates = templates;
    this.posts = posts;
    this.events = events;
    this.application = application;
    this.clients = new UserStreams<>("alert", maxPerUser, accounts);
  }

  SseEmitter connect(KuzetUser user, Locale locale) {
    var emitter = clients.open(user, new Client(user, locale), TIMEOUT);
    // A first event tells the client (and tests) that the stream is live.
    clients.send(emitter, SseEmitter.event().name("ready").data("connected"));
    return emitter;
  }

  /**
   * Ends every open stream as soon as the application starts closing, before the web server's
   * graceful shutdown, which would otherwise wait for these never-ending requests.
   */
  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    clients.closeAll();
  }

  int connected() {
    return clients.connected();
  }

  /**
   * Sends the alerts when the current transaction commits (at once when there is none), and
   * publishes each as a notification in that transaction, for the notification center to store once
   * it commits.
   */
  void publishAfterCommit(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return;
    }
    alerts.forEach(a -> events.publishEvent(AlertNotices.of(a)));
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
    for (var entry : clients.current()) {
      Client c = entry.context();
      if (!receives(c.user(), alert)) {
        continue;
      }
      var ctx = new Context(c.locale());
      // Outside a request: the page's beans (the alert's words) need the application's context.
      ctx.setVariable(
          ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
          new ThymeleafEvaluationContext(application, null));
      ctx.setVariable("a", alert);
      ctx.setVariable("post", post);
      String html = templates.process("interdiction/alerts", Set.of("alertItem"), ctx);
      clients.send(
          entry.emitter(),
          SseEmitter.event().name("alert").id(Long.toString(alert.id())).data(html));
    }
  }

  static boolean receives(KuzetUser user, Alert alert) {
    if (alert.recipient() != null) {
      return alert.recipient().equals(user.username());
    }
    return AccessRules.mayWorkAtPost(user, alert.agency());
  }
}
