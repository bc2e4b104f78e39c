package org.kuzet.interdiction.internal.movement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interdiction analysis ({@code kuzet.interdiction.analysis.*}).
 *
 * @param legHours two sightings further apart than this are separate trips, not a leg
 * @param minLegs a pair of posts needs this many vehicle legs before its usual time is trusted
 * @param refreshMinutes how often the movement summary reads new inspections (0: only on demand)
 * @param fenceIqr a leg is unusual this many interquartile ranges below the first or above the
 *     third quartile of its pair (1.5 is Tukey's "outside", 3 his "far out")
 */
@ConfigurationProperties("kuzet.interdiction.analysis")
public record AnalysisSettings(
    @DefaultValue("72") int legHours,
    @DefaultValue("20") int minLegs,
    @DefaultValue("10") int refreshMinutes,
    @DefaultValue("3") double fenceIqr) {

  public AnalysisSettings {
    if (legHours < 1 || legHours > 24 * 30) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.analysis.leg-hours must be 1-720: " + legHours);
    }
    if (minLegs < 4) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.analysis.min-legs must be at least 4: " + minLegs);
    }
    if (fenceIqr < 0.5 || fenceIqr > 10) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.analysis.fence-iqr must be 0.5-10: " + fenceIqr);
    }
    if (refreshMinutes < 0) {
      throw new IllegalArgumentException(
          "kuzet.interdiction.analysis.refresh-minutes must not be negative: " + refreshMinutes);
    }
  }
}
