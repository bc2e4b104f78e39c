package org.kuzet.evaluation.aml;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One random stream per part of the generator, all derived from the seed. Separate streams keep the
 * parts independent: adding a scheme does not move every benign row.
 */
final class Seeds {

  private final long seed;

  Seeds(long seed) {
    this.seed = seed;
  }

  SplittableRandom random(String stream) {
    return random(stream, 0);
  }

  SplittableRandom random(String stream, int index) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ b);
    }
    return new SplittableRandom(mix(h ^ (index * 0xC2B2AE3D27D4EB4FL)));
  }

  /** The SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
