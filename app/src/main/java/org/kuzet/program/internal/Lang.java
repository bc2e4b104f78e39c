package org.kuzet.program.internal;

import java.util.List;
import java.util.Locale;

/** The languages program texts are kept in; English is the one every text must have. */
final class Lang {

  static final String ENGLISH = "en";
  static final List<String> ALL = List.of("en", "ru", "kk");

  private Lang() {}

  static String of(Locale locale) {
    String lang = locale.getLanguage();
    return ALL.contains(lang) ? lang : ENGLISH;
  }

  static boolean supported(String lang) {
    return ALL.contains(lang);
  }
}
