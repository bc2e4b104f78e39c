package org.kuzet.engine.screening.text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Name particles (al, bin, van, de ...) and the one key each stands for. */
final class Particles {

  /** Particles and their canonical key: bin/ibn/ben are one, al/el/ul/ad/as... are one. */
  private static final Map<String, String> PARTICLES =
      Map.ofEntries(
          Map.entry("al", "al"),
          Map.entry("el", "al"),
          Map.entry("ul", "al"),
          Map.entry("ad", "al"),
          Map.entry("ud", "al"),
          Map.entry("ed", "al"),
          Map.entry("as", "al"),
          Map.entry("ash", "al"),
          Map.entry("ar", "al"),
          Map.entry("at", "al"),
          Map.entry("az", "al"),
          Map.entry("bin", "bin"),
          Map.entry("ibn", "bin"),
          Map.entry("ben", "bin"),
          Map.entry("bn", "bin"),
          Map.entry("bint", "bint"),
          Map.entry("binti", "bint"),
          Map.entry("de", "de"),
          Map.entry("da", "de"),
          Map.entry("di", "de"),
          Map.entry("del", "del"),
          Map.entry("della", "del"),
          Map.entry("der", "der"),
          Map.entry("den", "der"),
          Map.entry("van", "van"),
          Map.entry("von", "van"),
          Map.entry("la", "la"),
          Map.entry("le", "la"),
          Map.entry("du", "du"),
          Map.entry("dos", "dos"),
          Map.entry("das", "dos"),
          Map.entry("do", "dos"),
          Map.entry("y", "y"),
          Map.entry("of", "of"),
          Map.entry("and", "and"),
          Map.entry("the", "the"),
          Map.entry("und", "and"),
          Map.entry("et", "and"));

  private Particles() {}

  /** The canonical key of a particle (el, ul, ad → al; ibn, ben → bin), or null for no particle. */
  static @Nullable String canonical(String ascii) {
    return PARTICLES.get(ascii);
  }

  static boolean isParticle(String ascii) {
    return PARTICLES.containsKey(ascii);
  }
}
