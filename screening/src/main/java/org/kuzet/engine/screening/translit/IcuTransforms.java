package org.kuzet.engine.screening.translit;

import com.ibm.icu.text.Transliterator;

/**
 * ICU4J transliterators. ICU does not promise that one {@link Transliterator} may be used from
 * several threads at once, so each thread keeps its own instances; they are costly to build
 * (milliseconds) and cheap to reuse.
 */
public final class IcuTransforms {

  private static final ThreadLocal<Transliterator> RUSSIAN_BGN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
  private static final ThreadLocal<Transliterator> KAZAKH_BGN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Kazakh-Latin/BGN"));
  private static final ThreadLocal<Transliterator> LATIN_RUSSIAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-Russian/BGN"));
  /** Per-script transforms: building "Any-Latin" loads every script's rules and takes seconds. */
  private static final java.util.Map<Character.UnicodeScript, String> SCRIPT_IDS =
      java.util.Map.of(
          Character.UnicodeScript.ARABIC, "Arabic-Latin; Latin-ASCII",
          Character.UnicodeScript.GREEK, "Greek-Latin; Latin-ASCII",
          Character.UnicodeScript.HEBREW, "Hebrew-Latin; Latin-ASCII",
          Character.UnicodeScript.GEORGIAN, "Georgian-Latin; Latin-ASCII",
          Character.UnicodeScript.ARMENIAN, "Armenian-Latin; Latin-ASCII",
          Character.UnicodeScript.HAN, "Han-Latin; Latin-ASCII",
          Character.UnicodeScript.HANGUL, "Hangul-Latin; Latin-ASCII",
          Character.UnicodeScript.THAI, "Thai-Latin; Latin-ASCII");

  private static final ThreadLocal<java.util.Map<String, Transliterator>> BY_ID =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private IcuTransforms() {}

  static String bgn(String text) {
    return hasKazakhLetters(text)
        ? KAZAKH_BGN.get().transliterate(text)
        : RUSSIAN_BGN.get().transliterate(text);
  }

  static String latinToCyrillic(String text) {
    return LATIN_RUSSIAN.get().transliterate(text);
  }

  /**
   * Any script to plain ASCII Latin (ICU {@code Any-Latin; Latin-ASCII}); used for scripts that
   * have no table here, such as Arabic, Greek or Georgian.
   */
  public static String anyToAscii(String text) {
    String id = "Any-Latin; Latin-ASCII";
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
        id = SCRIPT_IDS.getOrDefault(script, id);
        break;
      }
    }
    return BY_ID.get().computeIfAbsent(id, Transliterator::getInstance).transliterate(text);
  }

  static boolean hasKazakhLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("ӘәҒғҚқҢңӨөҰұҮүҺһІі".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
