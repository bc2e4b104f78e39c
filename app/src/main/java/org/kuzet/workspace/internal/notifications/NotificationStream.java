package org.kuzet.workspace.internal.notifications;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kuzet.identity.AccountStatus;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.UserStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The live unread count over server-sent events. Every page of a signed-in user holds one stream
 * (from the header); when a notification reaching the user commits, or the user reads one in
 * another tab, the stream sends the new count (event {@code count}) and, for a new notification,
 * the list item (event {@code notification}). The same pattern as the interdiction alert stream;
 * {@link UserStreams} caps the streams per user and closes those of an account that changed.
 */
@Component
class NotificationStream {

  static final Duration TIMEOUT = Duration.ofMinutes(30);

  /**
   * One open page; {@code home}: the home panel's stream, which wants only the user's home kinds.
   */
  private record Client(KuzetUser user, Locale locale, boolean home) {}

  private final UserStreams<Client> clients;
  private final NotificationStore store;
  private final ITemplateEngine templates;

  NotificationStream(
      NotificationStore store,
      ITemplateEngine templates,
      AccountStatus accounts,
      @Value("${kuzet.streams.max-per-user:5}") int maxPerUser) {
    this.store = store;
    this.templates = templates;
    this.clients = new UserStreams<>("notification", maxPerUser, accounts);
  }

  SseEmitter connect(KuzetUser user, Locale locale, boolean home) {
    var emitter = clients.open(user, new Client(user, locale, home), TIMEOUT);
    // "ready" tells the client (and tests) the stream is live; then the count as it stands.
    clients.send(emitter, SseEmitter.event().name("ready").data("connected"));
    clients.send(emitter, SseEmitter.event().name("count").data(label(store.unread(user))));
    return emitter;
  }

  /** Ends every open stream when the application closes, so shutdown does not wait for them. */
  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    clients.closeAll();
  }

  int connected() {
    return clients.connected();
  }

  /** A new notification committed: its item and the new count to every user it reaches. */
  void published(long id, Predicate<KuzetUser> reaches) {
    if (clients.isEmpty()) {
      return;
    }
    Map<Long, Integer> counts = new HashMap<>();
    for (var entry : clients.current()) {
      Client c = entry.context();
      if (!reaches.test(c.user())) {
        continue;
      }
      var notice = store.find(c.user(), id, c.locale());
      if (notice.isEmpty()
          || (c.home() && !store.preferences(c.user()).homeKinds().contains(notice.get().kind()))) {
        continue;
      }
      int count = counts.computeIfAbsent(c.user().accountId(), a -> store.unread(c.user()));
      var ctx = new Context(c.locale());
      ctx.setVariable("n", notice.get());
      String html = templates.process("workspace/notifications", Set.of("item"), ctx);
      clients.send(
          entry.emitter(),
          SseEmitter.event().name("notification").id(Long.toString(id)).data(html));
      clients.send(entry.emitter(), SseEmitter.event().name("count").data(label(count)));
    }
  }

  /** The user read or acknowledged something: the new count to each of their open pages. */
  void countChanged(KuzetUser user) {
    Integer count = null;
    for (var entry : clients.current()) {
      if (entry.user().accountId() != user.accountId()) {
        continue;
      }
      if (count == null) {
        count = store.unread(user);
      }
      clients.send(entry.emitter(), SseEmitter.event().name("count").data(label(count)));
    }
  }

  /** Notifications were closed: the new count to every open page of the users they reached. */
  void countsChanged(Predicate<KuzetUser> reached) {
    Map<Long, Integer> counts = new HashMap<>();
    for (var entry : clients.current()) {
      KuzetUser user = entry.user();
      if (reached.test(user)) {
        int count = counts.computeIfAbsent(user.accountId(), a -> store.unread(user));
        clients.send(entry.emitter(), SseEmitter.event().name("count").data(label(count)));
      }
    }
  }

  /** The count as the header shows it. */
  static String label(int unread) {
    return unread >= NotificationStore.COUNT_CAP
        ? (NotificationStore.COUNT_CAP - 1) + "+"
        : Integer.toString(unread);
  }
}
