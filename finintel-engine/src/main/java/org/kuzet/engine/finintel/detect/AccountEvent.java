package org.kuzet.engine.finintel.detect;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * The unit of keyed work: something that happened to one account at one event time.
 *
 * <ul>
 *   <li>{@link #IN}: money arrived. At stage 1 the trail is the single transaction; at later stages
 *       a trail of that many hops ending here, or (trail null) a bipartite notice that the sender
 *       {@code fanOut} pays alike amounts to several beneficiaries.
 *   <li>{@link #OUT}: money left, the plain transaction.
 * </ul>
 *
 * <p>Every stage processes an account's events in {@link #ORDER}: event time, arrivals before
 * departures, then the input sequence number, then the trail from its end backwards. That order
 * does not depend on how events were shuffled between machines, which is what makes the Flink job
 * give exactly the in-process result.
 */
public record AccountEvent(
    int kind, long time, long seq, Transaction tx, @Nullable Trail trail, int fanOut) {

  public static final int IN = 0;
  public static final int OUT = 1;

  public AccountEvent {
    Objects.requireNonNull(tx, "tx");
  }

  /** The account this event is delivered to, the key of every stage. */
  public AccountRef account() {
    if (kind == OUT) {
      return tx.from();
    }
    return trail != null ? trail.end() : tx.to();
  }

  public static AccountEvent in(long seq, Transaction tx) {
    return new AccountEvent(IN, tx.epochMillis(), seq, tx, Trail.of(seq, tx), 0);
  }

  public static AccountEvent out(long seq, Transaction tx) {
    return new AccountEvent(OUT, tx.epochMillis(), seq, tx, null, 0);
  }

  public static final Comparator<AccountEvent> ORDER = AccountEvent::compare;

  private static int compare(AccountEvent a, AccountEvent b) {
    int c = Long.compare(a.time, b.time);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.kind, b.kind);
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.seq, b.seq);
    if (c != 0) {
      return c;
    }
    if (a.trail == null || b.trail == null) {
      // A notice comes before the trails of the same transaction.
      c = Boolean.compare(a.trail != null, b.trail != null);
      return c != 0 ? c : Integer.compare(a.fanOut, b.fanOut);
    }
    return Trail.compareFromEnd(a.trail, b.trail);
  }
}
