package org.kuzet.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The name of a catalogue record (a course, a center, a project, an item of equipment) in the
 * reader's language. Such records keep a base name, usually English, beside optional Russian and
 * Kazakh ones; a missing or blank translation falls back to the base name.
 */
public final class LocalNames {

  private LocalNames() {}

  public static String in(Locale locale, String base, @Nullable String ru, @Nullable String kk) {
    String translated =
        switch (locale.getLanguage()) {
          case "ru" -> ru;
          case "kk" -> kk;
          default -> null;
        };
    return translated == null || translated.isBlank() ? base : translated;
  }

  /** A translation as stored: blank is no translation. */
  public static @Nullable String stored(@Nullable String translation) {
    return translation == null || translation.isBlank() ? null : translation.strip();
  }
}
