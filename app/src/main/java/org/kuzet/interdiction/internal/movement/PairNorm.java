package org.kuzet.interdiction.internal.movement;

import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PostId;

/**
 * The usual travel time between two posts, in minutes, from the vehicle legs between them:
 * quartiles and Tukey's fences (1.5 interquartile ranges beyond the quartiles).
 */
public record PairNorm(
    PostId fromPost,
    PostId toPost,
    int legs,
    double q1,
    double median,
    double q3,
    double lowFence,
    double highFence) {

  /** FAST, SLOW, or null when the time is within the fences. */
  public @Nullable String judge(int minutes) {
    if (minutes < lowFence) {
      return "FAST";
    }
    if (minutes > highFence) {
      return "SLOW";
    }
    return null;
  }
}
