package org.kuzet.finintel.internal.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.trace.FlowPath;
import org.kuzet.engine.finintel.trace.FlowTracer;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.Formats;
import org.kuzet.web.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds link charts as Cytoscape.js elements: accounts (labelled with their holder when known) as
 * nodes, money flows as edges. Flows between the same two accounts are summed into one edge per
 * currency, labelled with the amount and the number of payments; each edge keeps the ids of its
 * payments so a traced path can be highlighted.
 */
@Component
public class LinkCharts {

  /** Most payments one expansion adds: a hub account would otherwise flood the chart. */
  static final int EXPAND_LIMIT = 300;

  /** One aggregated edge, also the row of the flows table in the case report. */
  record Flow(
      String from,
      String to,
      String currency,
      BigDecimal amount,
      int count,
      List<Long> transactionIds) {}

  private final Ledger ledger;

  private final Formats formats;

  LinkCharts(Ledger ledger, Formats formats) {
    this.ledger = ledger;
    this.formats = formats;
  }

  public List<Map<String, Object>> elements(List<Ledger.Tx> txs, Set<Long> subjects) {
    Map<Long, Map<String, Object>> nodes = new LinkedHashMap<>();
    for (Ledger.Tx t : txs) {
      nodes.computeIfAbsent(
          t.fromId(), id -> node(id, t.fromKey(), t.fromHolder(), subjects.contains(id)));
      nodes.computeIfAbsent(
          t.toId(), id -> node(id, t.toKey(), t.toHolder(), subjects.contains(id)));
    }
    List<Map<String, Object>> out = new ArrayList<>(nodes.values());
    for (Flow f : flows(txs)) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "f" + f.from() + "-" + f.to() + "-" + f.currency());
      data.put("source", f.from());
      data.put("target", f.to());
      data.put("amount", f.amount());
      data.put("label", LinkChartPdf.amountLabel(f, formats, LocaleContextHolder.getLocale()));
      data.put("tx", f.transactionIds());
      out.add(Map.of("group", "edges", "data", data));
    }
    return out;
  }

  /** Payments summed per pair of accounts and currency, largest first. */
  static List<Flow> flows(List<Ledger.Tx> txs) {
    Map<String, Flow> flows = new LinkedHashMap<>();
    for (Ledger.Tx t : txs) {
      String key = t.fromId() + ">" + t.toId() + ">" + t.receivedCurrency();
      Flow f = flows.get(key);
      List<Long> ids = f == null ? new ArrayList<>() : new ArrayList<>(f.transactionIds());
      ids.add(t.id());
      flows.put(
          key,
          new Flow(
              "a" + t.fromId(),
              "a" + t.toId(),
              t.receivedCurrency(),
              (f == null ? BigDecimal.ZERO : f.amount()).add(t.amountReceived()),
              (f == null ? 0 : f.count()) + 1,
              ids));
    }
    List<Flow> list = new ArrayList<>(flows.values());
    list.sort((a, b) -> b.amount().compareTo(a.amount()));
    return list;
  }

  private static Map<String, Object> node(
      long id, String key, @Nullable String holder, boolean subject) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", "a" + id);
    data.put("account", id);
    String full = holder == null ? key : holder + "\n" + key;
    data.put("label", holder == null ? shortenKey(key) : shorten(holder) + "\n" + shortenKey(key));
    data.put("full", full.replace("\n", " · "));
    data.put("subject", subject);
    return Map.of("group", "nodes", "data", data);
  }

  /** Longest holder name or account on the chart; the full text shows as the node's tooltip. */
  public static final int LABEL_CHARS = 22;

  static String shorten(String s) {
    String clean = s.strip();
    return clean.length() <= LABEL_CHARS
        ? clean
        : clean.substring(0, LABEL_CHARS - 1).strip() + "…";
  }

  /** An account cut in the middle: its bank's part and its distinguishing end stay. */
  static String shortenKey(String key) {
    String clean = key.strip();
    int tail = LABEL_CHARS - 9;
    return clean.length() <= LABEL_CHARS
        ? clean
        : clean.substring(0, 8) + "…" + clean.substring(clean.length() - tail);
  }

  /** The account's payments in the period, for expanding its neighbours on the chart. */
  public List<Map<String, Object>> expand(
      AgencyCode agency, long accountId, @Nullable Instant from, @Nullable Instant to) {
    return elements(ledger.around(agency, List.of(accountId), from, to, EXPAND_LIMIT), Set.of());
  }

  /** A traced path for the table and the chart. */
  public record TracedPath(
      List<String> accounts,
      List<Long> transactionIds,
      BigDecimal carried,
      String currency,
      Instant start,
      Instant end) {}

  /**
   * Traces money from an account (to another when given) with the engine's flow tracer, over the
   * payments reachable within {@code maxHops} in the period. The payments are loaded hop by hop
   * from the database, so tracing does not read the agency's whole ledger.
   */
  public List<TracedPath> trace(
      AgencyCode agency,
      long fromAccount,
      @Nullable Long toAccount,
      Instant from,
      Instant to,
      int maxHops,
      int maxPaths) {
    if (maxHops < 1 || maxHops > 8) {
      throw Refusal.of("hops", "error.value.range", "1", "8");
    }
    Map<Long, Ledger.Tx> loaded = new HashMap<>();
    Set<Long> frontier = new HashSet<>(List.of(fromAccount));
    Set<Long> seen = new HashSet<>(frontier);
    for (int hop = 0; hop < maxHops && !frontier.isEmpty(); hop++) {
      Set<Long> next = new HashSet<>();
      for (Ledger.Tx t : ledger.outgoing(agency, frontier, from, to, 20_000)) {
        loaded.put(t.id(), t);
        if (seen.add(t.toId())) {
          next.add(t.toId());
        }
      }
      frontier = next;
    }
    List<Transaction> engineTxs = loaded.values().stream().map(Ledger.Tx::engine).toList();
    FlowTracer tracer = new FlowTracer(engineTxs, from, to);
    Ledger.Account source = ledger.accounts(agency, List.of(fromAccount)).get(0);
    AccountRef a = new AccountRef(source.bank(), source.account());
    List<FlowPath> paths;
    if (toAccount != null) {
      Ledger.Account target =
          ledger.accounts(agency, List.of(toAccount)).stream()
              .findFirst()
              .orElseThrow(() -> Refusal.of("target", "fin.refusal.noTargetAccount"));
      paths = tracer.between(a, new AccountRef(target.bank(), target.account()), maxHops, maxPaths);
    } else {
      paths = tracer.from(a, maxHops, maxPaths);
    }
    List<TracedPath> out = new ArrayList<>();
    for (FlowPath p : paths) {
      List<String> accounts = new ArrayList<>();
      accounts.add(p.start().key());
      List<Long> ids = new ArrayList<>();
      for (Transaction t : p.hops()) {
        accounts.add(t.to().key());
        ids.add(Long.valueOf(t.id()));
      }
      out.add(
          new TracedPath(
              accounts,
              ids,
              p.carried(),
              p.currency(),
              p.hops().get(0).timestamp(),
              p.hops().get(p.hops().size() - 1).timestamp()));
    }
    return out;
  }

  /** The period a case's chart opens with: its payments' span, a week either side. */
  public static Instant[] span(List<Ledger.Tx> txs, Instant now) {
    if (txs.isEmpty()) {
      return new Instant[] {now.minus(Duration.ofDays(365)), now};
    }
    Instant min = txs.get(0).at().toInstant();
    Instant max = min;
    for (Ledger.Tx t : txs) {
      Instant i = t.at().toInstant();
      if (i.isBefore(min)) {
        min = i;
      }
      if (i.isAfter(max)) {
        max = i;
      }
    }
    return new Instant[] {min.minus(Duration.ofDays(7)), max.plus(Duration.ofDays(7))};
  }
}
