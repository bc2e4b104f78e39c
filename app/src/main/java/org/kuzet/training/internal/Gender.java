package org.kuzet.training.internal;

import java.util.Locale;
import java.util.Optional;

/** A trainee's gender as the program reports it. */
public enum Gender {
  F,
  M;

  /** Reads F/M, female/male, ж/м (Russian and Kazakh lists), case-insensitively. */
  static Optional<Gender> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "f", "female", "ж", "жен", "женский", "әйел" -> Optional.of(F);
      case "m", "male", "м", "муж", "мужской", "ер" -> Optional.of(M);
      default -> Optional.empty();
    };
  }
}
