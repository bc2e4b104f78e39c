package org.kuzet.engine.finintel.detect;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Stage 1, keyed by account: every transaction arrives once at its beneficiary ({@code IN}) and
 * once at its originator ({@code OUT}). Runs the local detectors and starts the money trails. Holds
 * no per-account data itself: the caller passes each account's {@link AccountState}, from a map
 * in-process or from Flink keyed state.
 */
public final class AccountStage {
  private final DetectionSettings settings;
  private final LocalDetector[] detectors;
  private final @Nullable BipartiteNotices bipartite;
  private final @Nullable TrailExtender trails;
  private final long retention;
  private final double trailMinAmount;
  private final double halfLife;
  private final UnitRates units;
  private final int contactsMax;
  private final double trailUnusual;
  private final double priorLog;
  private final double priorSpread;
  private final long contactsHorizon;

  public AccountStage(DetectionSettings s) {
    this.settings = s;
    int cap = s.ringCapacity();
    List<LocalDetector> detectors = new ArrayList<>();
    if (s.on(Typology.STRUCTURING)) {
      detectors.add(new StructuringDetector(s.structuring()));
    }
    if (s.on(Typology.FAN_IN)) {
      detectors.add(new FanInDetector(s.fanIn(), cap));
      detectors.add(new BurstDetector(s.burst(), true, cap));
    }
    if (s.on(Typology.FAN_OUT)) {
      detectors.add(new FanOutDetector(s.fanOut(), cap));
      detectors.add(new BurstDetector(s.burst(), false, cap));
    }
    if (s.on(Typology.GATHER_SCATTER)) {
      detectors.add(new GatherScatterDetector(s.gatherScatter(), cap));
    }
    if (s.on(Typology.RAPID_PASS_THROUGH)) {
      detectors.add(new PassThroughDetector(s.passThrough(), cap));
    }
    if (s.on(Typology.VELOCITY_CHANGE)) {
      detectors.add(new VelocityDetector(s.velocity()));
    }
    if (s.on(Typology.HIGH_RISK_JURISDICTION)) {
      detectors.add(new HighRiskDetector(s.highRisk()));
    }
    this.detectors = detectors.toArray(LocalDetector[]::new);
    this.bipartite = s.on(Typology.BIPARTITE) ? new BipartiteNotices(s.bipartite(), cap) : null;
    this.trails = s.needsTrails() ? new TrailExtender(s) : null;
    this.retention = s.retentionMillis();
    this.trailMinAmount = s.trails().minAmount();
    this.halfLife = s.burst().halfLife().toMillis();
    this.units = new UnitRates(s.units());
    this.contactsMax = s.burst().maxContacts();
    this.trailUnusual = s.trails().minUnusual();
    this.priorLog = Math.log10(s.trails().usualAmount());
    this.priorSpread = 0.5;
    this.contactsHorizon = s.burst().contactHorizon().toMillis();
  }

  public void process(AccountState s, AccountEvent e, StageOutput out) {
    if (e.kind() == AccountEvent.IN) {
      in(s, e.seq(), e.tx(), out);
    } else {
      out(s, e.seq(), e.tx(), out);
    }
  }

  /** Money arrived at the account {@code tx.to()}. */
  public void in(AccountState s, long seq, Transaction tx, StageOutput out) {
    in(s, seq, tx, AccountState.hash(tx.from()), out);
  }

  /** The same with the sender's hash already known ({@code AccountRef.hashCode}). */
  void in(AccountState s, long seq, Transaction tx, int cp, StageOutput out) {
    long now = tx.epochMillis();
    forgetIfIdle(s, now);
    s.lastSeen = now;
    s.in.evictBefore(now - retention);
    // Rings keep amounts in the parameters' currency, so thresholds and sums hold across
    // currencies.
    double value = units.value(tx.amountReceived().doubleValue(), tx.receivingCurrency());
    s.in.add(now, seq, value, cp, Contacts.since(s, cp), tx);
    double unusual = s.inActivity.unusualAmount(value, priorLog, priorSpread, 4);
    s.inActivity.record(now, value, halfLife);
    for (LocalDetector d : detectors) {
      d.onIn(s, tx, seq, now, out);
    }
    Contacts.touch(s, cp, now, contactsMax, contactsHorizon);
    // Money trails start where an arrival is large for this account: the same money passed on
    // and on is what they follow, and ordinary amounts passed on by chance are not.
    if (trails != null
        && value >= trailMinAmount
        && unusual >= trailUnusual
        && !tx.from().equals(tx.to())) {
      TrailBuffer b = s.trails;
      if (b == null) {
        b = new TrailBuffer(settings.trails().maxTrailsPerAccount());
        s.trails = b;
      }
      b.evictBefore(now - settings.trails().maxHopGap().toMillis());
      b.add(Trail.of(seq, tx));
    }
  }

  /** Money left the account {@code tx.from()}. */
  public void out(AccountState s, long seq, Transaction tx, StageOutput out) {
    out(s, seq, tx, AccountState.hash(tx.to()), out);
  }

  /** The same with the beneficiary's hash already known ({@code AccountRef.hashCode}). */
  void out(AccountState s, long seq, Transaction tx, int cp, StageOutput out) {
    long now = tx.epochMillis();
    forgetIfIdle(s, now);
    s.lastSeen = now;
    s.out.evictBefore(now - retention);
    s.out.add(
        now,
        seq,
        units.value(tx.amountPaid().doubleValue(), tx.paymentCurrency()),
        cp,
        Contacts.since(s, cp),
        tx);
    s.outActivity.record(now, s.out.amount(s.out.at(s.out.size - 1)), halfLife);
    for (LocalDetector d : detectors) {
      d.onOut(s, tx, seq, now, out);
    }
    Contacts.touch(s, cp, now, contactsMax, contactsHorizon);
    if (bipartite != null) {
      bipartite.onOut(s, tx, seq, now, out);
    }
    TrailBuffer b = s.trails;
    if (trails != null && b != null && !tx.from().equals(tx.to())) {
      trails.extend(b, 1, tx, seq, now, out);
    }
  }

  /**
   * An account idle past the horizon starts its history afresh, exactly as if its state had been
   * dropped: whether the in-process sweep or a Flink TTL got to it first then changes nothing.
   */
  private void forgetIfIdle(AccountState s, long now) {
    if (s.lastSeen != Long.MIN_VALUE && now - s.lastSeen > horizonMillis()) {
      s.inActivity = new Activity();
      s.outActivity = new Activity();
      Contacts.reset(s);
    }
  }

  /** How long an untouched account state still matters; after that it may be dropped. */
  public long horizonMillis() {
    return Math.max(retention, (settings.velocity().historyDays() + 1) * 86_400_000L);
  }
}
