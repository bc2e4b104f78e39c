package org.kuzet.workspace.internal.notifications;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.kuzet.identity.KuzetUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * the list item (event {@code notification}). The same pattern as the interdiction alert stream.
 */
@Component
class NotificationStream {

  private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);
  static final Duration TIMEOUT = Duration.ofMinutes(30);

  /** One open page; {@code home}: the home panel's stream, which wants only the user's home kinds. */
  private record Client(KuzetUser user, Locale locale, boolean home) {}

  private final Map<SseEmitter, Client> clients = new ConcurrentHashMap<>();
  private final NotificationStore store;
  private final ITemplateEngine templates;

  NotificationStream(NotificationStore store, ITemplateEngine templates) {
    this.store = store;
    this.templates = templates;
  }

  SseEmitter connect(KuzetUser user, Locale locale, boolean home) {
    var emitter = new SseEmitter(TIMEOUT.toMillis());
    clients.put(emitter, new Client(user, locale, home));
    emitter.onCompletion(() -> clients.remove(emitter));
    emitter.onTimeout(() -> clients.remove(emitter));
    emitter.onError(e -> clients.remove(emitter));
    try {
      // "ready" tells the client (and tests) the stream is live; then the count as it stands.
      emitter.send(SseEmitter.event().name("ready").data("connected"));
      emitter.send(SseEmitter.event().name("count").data(label(store.unread(user))));
    } catch (IOException | IllegalStateException e) {
      clients.remove(emitter);
    }
    return emitter;
  }

  /** Ends every open stream when the application closes, so shutdown does not wait for them. */
  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    clients.keySet().forEach(SseEmitter::complete);
    clients.clear();
  }

  int connected() {
    return clients.size();
  }

  /** A new notification committed: its item and the new count to every user it reaches. */
  void published(long id, Predicate<KuzetUser> reaches) {
    if (clients.isEmpty()) {
      return;
    }
    Map<Long, Integer> counts = new HashMap<>();
    for (var entry : Set.copyOf(clients.entrySet())) {
      Client c = entry.getValue();
      if (!reaches.test(c.user())) {
        continue;
      }
      var notice = store.find(c.user(), id);
      if (notice.isEmpty()
          || (c.home() && !store.preferences(c.user()).homeKinds().contains(notice.get().kind()))) {
        continue;
      }
      int count = counts.computeIfAbsent(c.user().accountId(), a -> store.unread(c.user()));
      var ctx = new Context(c.locale());
      ctx.setVariable("n", notice.get());
      String html = templates.process("workspace/notifications", Set.of("item"), ctx);
      send(entry.getKey(), SseEmitter.event().name("notification").id(Long.toString(id)).data(html));
      send(entry.getKey(), SseEmitter.event().name("count").data(label(count)));
    }
  }

  /** The user read or acknowledged something: the new count to each of their open pages. */
  void countChanged(KuzetUser user) {
    Integer count = null;
    for (var entry : Set.copyOf(clients.entrySet())) {
      if (entry.getValue().user().accountId() != user.accountId()) {
        continue;
      }
      if (count == null) {
        count = store.unread(user);
      }
      send(entry.getKey(), SseEmitter.event().name("count").data(label(count)));
    }
  }

  /** Notifications were closed: the new count to every open page of the users they reached. */
  void countsChanged(Predicate<KuzetUser> reached) {
    Map<Long, Integer> counts = new HashMap<>();
    for (var entry : Set.copyOf(clients.entrySet())) {
      KuzetUser user = entry.getValue().user();
      if (reached.test(user)) {
        int count = counts.computeIfAbsent(user.accountId(), a -> store.unread(user));
        send(entry.getKey(), SseEmitter.event().name("count").data(label(count)));
      }
    }
  }

  /** The count as the header shows it. */
  static String label(int unread) {
    return unread >= NotificationStore.COUNT_CAP ? (NotificationStore.COUNT_CAP - 1) + "+" : Integer.toString(unread);
  }

  private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      log.debug("dropping a closed notification stream: {}", e.getMessage());
      clients.remove(emitter);
    }
  }
}
