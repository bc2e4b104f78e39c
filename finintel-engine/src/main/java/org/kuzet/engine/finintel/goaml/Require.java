package org.kuzet.engine.finintel.goaml;

import org.jspecify.annotations.Nullable;

final class Require {
  private Require() {}

  static void text(@Nullable String value, String element) {
    if (value == null || value.isBlank()) {
      throw new MissingElementException(element);
    }
  }
}
