package org.kuzet.engine.finintel.detect;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.kuzet.engine.finintel.Typology;

/**
 * Which typologies run and with which parameters. {@code maxOutOfOrder} is how late (in event time)
 * a transaction may arrive after a later one and still be used; later ones are dropped and counted,
 * in-process and in Flink alike. {@code ringCapacity} bounds the payments kept per account and
 * direction. Amount parameters are in one currency; {@code units} converts.
 */
public record DetectionSettings(
    Set<Typology> enabled,
    Duration maxOutOfOrder,
    int ringCapacity,
    Parameters.Structuring structuring,
    Parameters.FanIn fanIn,
    Parameters.FanOut fanOut,
    Parameters.GatherScatter gatherScatter,
    Parameters.PassThrough passThrough,
    Parameters.Velocity velocity,
    Parameters.HighRisk highRisk,
    Parameters.Bipartite bipartite,
    Parameters.Trails trails,
    Parameters.Burst burst,
    Parameters.UnitValues units)
    implements Serializable {

  public DetectionSettings {
    enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    if (maxOutOfOrder.isNegative()) {
      throw new IllegalArgumentException("maxOutOfOrder is negative");
    }
    if (ringCapacity < 4 || ringCapacity > 4096) {
      throw new IllegalArgumentException("ringCapacity must be in 4..4096");
    }
  }

  public static DetectionSettings defaults() {
    return new DetectionSettings(
        EnumSet.allOf(Typology.class),
        Duration.ofHours(1),
        64,
        Parameters.Structuring.defaults(),
        Parameters.FanIn.defaults(),
        Parameters.FanOut.defaults(),
        Parameters.GatherScatter.defaults(),
        Parameters.PassThrough.defaults(),
        Parameters.Velocity.defaults(),
        Parameters.HighRisk.defaults(),
        Parameters.Bipartite.defaults(),
        Parameters.Trails.defaults(),
        Parameters.Burst.defaults(),
        Parameters.UnitValues.defaults());
  }

  /** The same settings with only the given typologies enabled. */
  public DetectionSettings only(Set<Typology> typologies) {
    return new DetectionSettings(
        typologies,
        maxOutOfOrder,
        ringCapacity,
        structuring,
        fanIn,
        fanOut,
        gatherScatter,
        passThrough,
        velocity,
        highRisk,
        bipartite,
        trails,
        burst,
        units);
  }

  public boolean on(Typology t) {
    return enabled.contains(t);
  }

  /** True when any typology needs trails (stages after the first). */
  public boolean needsTrails() {
    return on(Typology.CYCLE)
        || on(Typology.LAYERING_CHAIN)
        || on(Typology.SCATTER_GATHER)
        || on(Typology.LAYERING_STACK)
        || on(Typology.BIPARTITE);
  }

  /** How many keyed stages the pipeline has: 1, or one per trail length below the maximum. */
  public int stages() {
    if (!needsTrails()) {
      return 1;
    }
    boolean longTrails =
        on(Typology.CYCLE) || on(Typology.LAYERING_CHAIN) || on(Typology.LAYERING_STACK);
    return longTrails ? trails.maxLength() - 1 : 2;
  }

  /**
   * How long after an account's last transaction its state can still change a result: the longest
   * window (velocity history included) plus the allowed lateness. State idle for longer may be
   * dropped; the in-process engine does so, the Flink job through a state TTL.
   */
  public Duration stateHorizon() {
    long days = (velocity.historyDays() + 1) * 86_400_000L;
    return Duration.ofMillis(Math.max(retentionMillis(), days)).plus(maxOutOfOrder);
  }

  /** How long the per-account rings keep payments: the longest local window. */
  long retentionMillis() {
    long m = structuring.window().toMillis();
    m = Math.max(m, fanIn.window().toMillis());
    m = Math.max(m, fanOut.window().toMillis());
    m = Math.max(m, gatherScatter.window().toMillis());
    m = Math.max(m, passThrough.window().toMillis());
    m = Math.max(m, highRisk.window().toMillis());
    m = Math.max(m, bipartite.window().toMillis());
    m = Math.max(m, trails.window().toMillis());
    m = Math.max(m, burst.window().toMillis());
    return Math.max(m, 86_400_000L);
  }
}
