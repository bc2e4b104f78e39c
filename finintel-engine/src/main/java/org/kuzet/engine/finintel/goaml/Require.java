package org.kuzet.engine.finintel.goaml;

final class Require {
  private Require() {}

  static void text(@org.jspecify.annotations.Nullable String value, String element) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("<" + element + "> is missing or empty");
    }
  }
}
