package org.kuzet.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kuzet.identity.AccountStatus;
import org.kuzet.identity.KuzetUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent-event streams of one kind (alerts, notifications), each remembering the user
 * who opened it. Two rules hold for every stream:
 *
 * <ul>
 *   <li>at most {@code maxPerUser} streams per account: opening one more closes that account's
 *       oldest, so a script or a forgotten browser cannot pile up connections;
 *   <li>before anything is sent, {@link #current()} checks each stream's user against the stored
 *       account, and closes the streams of an account that was disabled or moved to another agency
 *       or role set since the stream was opened.
 * </ul>
 *
 * @param <C> what the stream remembers besides its user (language, which panel)
 */
public final class UserStreams<C> {

  private static final Logger log = LoggerFactory.getLogger(UserStreams.class);

  /** One open stream. */
  public record Stream<C>(SseEmitter emitter, KuzetUser user, C context, long order) {}

  private final String name;
  private final int maxPerUser;
  private final AccountStatus accounts;
  private final Map<SseEmitter, Stream<C>> streams = new ConcurrentHashMap<>();
  private final AtomicLong order = new AtomicLong();

  public UserStreams(String name, int maxPerUser, AccountStatus accounts) {
    if (maxPerUser < 1) {
      throw new IllegalArgumentException("kuzet.streams.max-per-user must be at least 1");
    }
    this.name = name;
    this.maxPerUser = maxPerUser;
    this.accounts = accounts;
  }

  /** Opens a stream for the user, closing their oldest ones beyond the cap. */
  public SseEmitter open(KuzetUser user, C context, Duration timeout) {
    var emitter = new SseEmitter(timeout.toMillis());
    var stream = new Stream<>(emitter, user, context, order.incrementAndGet());
    emitter.onCompletion(() -> streams.remove(emitter));
    emitter.onTimeout(() -> streams.remove(emitter));
    emitter.onError(e -> streams.remove(emitter));
    synchronized (this) {
      var own =
          streams.values().stream()
              .filter(s -> s.user().accountId() == user.accountId())
              .sorted(Comparator.comparingLong(Stream::order))
              .toList();
      for (int i = 0; i <= own.size() - maxPerUser; i++) {
        log.info(
            "{} stream of {}: more than {} open, closing the oldest",
            name,
            user.username(),
            maxPerUser);
        close(own.get(i).emitter());
      }
      streams.put(emitter, stream);
    }
    return emitter;
  }

  /**
   * The open streams whose account is unchanged; the others are closed here. One check per account,
   * however many pages it has open.
   */
  public List<Stream<C>> current() {
    var verdicts = new HashMap<Long, Boolean>();
    var result = new ArrayList<Stream<C>>();
    for (var s : List.copyOf(streams.values())) {
      boolean ok =
          verdicts.computeIfAbsent(s.user().accountId(), id -> accounts.unchanged(s.user()));
      if (ok) {
        result.add(s);
      } else {
        log.info("{} stream of {} closed: the account changed", name, s.user().username());
        close(s.emitter());
      }
    }
    return result;
  }

  /** Sends one event; a stream that cannot take it is dropped. */
  public void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      log.debug("dropping a closed {} stream: {}", name, e.getMessage());
      streams.remove(emitter);
    }
  }

  public boolean isEmpty() {
    return streams.isEmpty();
  }

  public int connected() {
    return streams.size();
  }

  /** Ends every stream (the application is closing). */
  public void closeAll() {
    List.copyOf(streams.keySet()).forEach(this::close);
  }

  private void close(SseEmitter emitter) {
    streams.remove(emitter);
    try {
      emitter.complete();
    } catch (IllegalStateException e) {
      log.debug("{} stream already closed: {}", name, e.getMessage());
    }
  }
}
