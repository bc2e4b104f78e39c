package org.kuzet.engine.finintel.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * Traces money through the transactions of a time window: from one account onwards, or between two.
 * A path only moves forward in time and never revisits an account (except that it may end where it
 * started: a cycle). Currency changes are followed and the carried amount continues in the new
 * currency at the rate of that hop.
 *
 * <p>Holds the window's transactions in memory, indexed by paying account: trace a window, not a
 * national ledger.
 */
public final class FlowTracer {
  private final Map<AccountRef, List<Transaction>> outgoing = new HashMap<>();

  public FlowTracer(Iterable<Transaction> transactions, Instant from, Instant to) {
    for (Transaction t : transactions) {
      if (!t.timestamp().isBefore(from) && !t.timestamp().isAfter(to) && !t.from().equals(t.to())) {
        outgoing.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
      }
    }
    Comparator<Transaction> byTime =
        Comparator.comparing(Transaction::timestamp).thenComparing(Transaction::id);
    outgoing.values().forEach(l -> l.sort(byTime));
  }

  /** All paths of up to {@code maxHops} from the account, largest carried amount first. */
  public List<FlowPath> from(AccountRef source, int maxHops, int maxPaths) {
    return search(source, null, maxHops, maxPaths);
  }

  /** The paths of up to {@code maxHops} from {@code a} that end at {@code b}. */
  public List<FlowPath> between(AccountRef a, AccountRef b, int maxHops, int maxPaths) {
    return search(a, b, maxHops, maxPaths);
  }

  /** Stop exploring after this many partial paths: dense graphs explode combinatorially. */
  private static final int MAX_EXPANSIONS = 1_000_000;

  private List<FlowPath> search(
      AccountRef source, @Nullable AccountRef target, int maxHops, int maxPaths) {
    if (maxHops < 1 || maxPaths < 1) {
      throw new IllegalArgumentException("maxHops and maxPaths must be positive");
    }
    List<FlowPath> found = new ArrayList<>();
    Set<AccountRef> visited = new HashSet<>();
    visited.add(source);
    int[] budget = {MAX_EXPANSIONS};
    walk(source, target, null, new ArrayList<>(), null, visited, maxHops, found, budget);
    found.sort(
        Comparator.comparing(FlowPath::carried).reversed().thenComparing(p -> p.hops().size()));
    return found.size() > maxPaths ? List.copyOf(found.subList(0, maxPaths)) : found;
  }

  private void walk(
      AccountRef at,
      @Nullable AccountRef target,
      @Nullable Instant after,
      List<Transaction> path,
      @Nullable BigDecimal carried,
      Set<AccountRef> visited,
      int hopsLeft,
      List<FlowPath> found,
      int[] budget) {
    if (hopsLeft == 0 || budget[0] <= 0) {
      return;
    }
    for (Transaction t : outgoing.getOrDefault(at, List.of())) {
      if (after != null && t.timestamp().isBefore(after)) {
        continue;
      }
      AccountRef next = t.to();
      boolean closes = !path.isEmpty() && next.equals(path.get(0).from());
      if (visited.contains(next) && !closes) {
        continue;
      }
      budget[0]--;
      BigDecimal c = carriedAfter(carried, path.isEmpty() ? null : path.get(path.size() - 1), t);
      path.add(t);
      if (target == null || next.equals(target)) {
        found.add(new FlowPath(path, c, t.receivingCurrency()));
      }
      if (!closes && !next.equals(target)) {
        visited.add(next);
        walk(next, target, t.timestamp(), path, c, visited, hopsLeft - 1, found, budget);
        visited.remove(next);
      }
      path.remove(path.size() - 1);
    }
  }

  /**
   * What can have gone on through hop {@code t}: the least of what arrived and what left, converted
   * at the hop's own rate when the currency changes.
   */
  static BigDecimal carriedAfter(
      @Nullable BigDecimal carried, @Nullable Transaction previous, Transaction t) {
    if (carried == null || previous == null) {
      return t.amountReceived();
    }
    // carried is in previous.receivingCurrency; this hop pays in t.paymentCurrency.
    BigDecimal paid = t.amountPaid();
    BigDecimal cap = carried.min(paid);
    if (paid.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (t.amountReceived().compareTo(paid) == 0
        && t.paymentCurrency().equals(t.receivingCurrency())) {
      return cap;
    }
    return cap.multiply(t.amountReceived())
        .divide(paid, Math.max(2, t.amountReceived().scale()), RoundingMode.HALF_EVEN);
  }
}
