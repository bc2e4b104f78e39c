package org.kuzet.engine.screening.translit;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

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

  /**
   * ISO 9:1995 = GOST 7.79-2000 System A. ICU's {@code Cyrillic-Latin} is ISO 9 for the Russian
   * letters; for a few others it follows an older edition (э é, і í, ә ə, қ kˌ, ң ň, ө ö, ү ü) or
   * passes them through (ҳ, ҷ). Those are set to the ISO 9:1995 values first: э è, і ì, ї ï, ә a̋,
   * қ ķ, ң ņ, ө ô, ү ù, ҳ ḩ, ҷ ç.
   */
  static final String ISO_9_RULES =
      "Э > È; э > è; І > Ì; і > ì; Ї > Ï; ї > ï; Ә > A̋; ә > a̋; Қ > Ķ; қ > ķ; Ң > Ņ; ң > ņ;"
          + " Ө > Ô; ө > ô; Ү > Ù; ү > ù; Ҳ > Ḩ; ҳ > ḩ; Ҷ > Ç; ҷ > ç; ::Cyrillic-Latin; ::NFC;";

  /**
   * Uzbek Latin alphabet (Law of 2 September 1993 as amended 6 May 1995; oʻ and gʻ with the turned
   * comma): ICU's {@code uz_Cyrl-uz_Latn}. It passes through letters Uzbek Cyrillic lacks, so those
   * are first respelled as Uzbek writes them: Russian щ as шч (shch) and ы as и (i); Kazakh, Tajik
   * and Ukrainian letters by their Uzbek counterparts (ә а, і и, ң нг, ө ў, ұ ү у, һ ҳ, ҷ ж, ӣ и, ӯ
   * ў, є е, ї и, ґ г).
   */
  static final String UZBEK_RULES =
      "щ > шч; Щ } [:Ll:] > Шч; Щ > ШЧ; ы > и; Ы > И; ә > а; Ә > А; і > и; І > И; ң > нг;"
          + " Ң } [:Ll:] > Нг; Ң > НГ; ө > ў; Ө > Ў; ұ > у; Ұ > У; ү > у; Ү > У; һ > ҳ; Һ > Ҳ;"
          + " ҷ > ж; Ҷ > Ж; ӣ > и; Ӣ > И; ӯ > ў; Ӯ > Ў; є > е; Є > Е; ї > и; Ї > И; ґ > г; Ґ > Г;"
          + " ::uz_Cyrl-uz_Latn; ::NFC;";

  private static final ThreadLocal<Transliterator> ISO_9 =
      ThreadLocal.withInitial(
          () ->
              Transliterator.createFromRules(
                  "Cyrillic-Latin/ISO9", ISO_9_RULES, Transliterator.FORWARD));
  private static final ThreadLocal<Transliterator> UZBEK =
      ThreadLocal.withInitial(
          () ->
              Transliterator.createFromRules(
                  "Cyrillic-Latin/Uzbek", UZBEK_RULES, Transliterator.FORWARD));

  /** Per-script transforms: building "Any-Latin" loads every script's rules and takes seconds. */
  private static final Map<Character.UnicodeScript, String> SCRIPT_IDS =
      Map.of(
          Character.UnicodeScript.ARABIC, "Arabic-Latin; Latin-ASCII",
          Character.UnicodeScript.GREEK, "Greek-Latin; Latin-ASCII",
          Character.UnicodeScript.HEBREW, "Hebrew-Latin; Latin-ASCII",
          Character.UnicodeScript.GEORGIAN, "Georgian-Latin; Latin-ASCII",
          Character.UnicodeScript.ARMENIAN, "Armenian-Latin; Latin-ASCII",
          Character.UnicodeScript.HAN, "Han-Latin; Latin-ASCII",
          Character.UnicodeScript.HANGUL, "Hangul-Latin; Latin-ASCII",
          Character.UnicodeScript.THAI, "Thai-Latin; Latin-ASCII");

  private static final ThreadLocal<Map<String, Transliterator>> BY_ID =
      ThreadLocal.withInitial(HashMap::new);

  private IcuTransforms() {}

  static String bgn(String text) {
    return hasKazakhLetters(text)
        ? KAZAKH_BGN.get().transliterate(text)
        : RUSSIAN_BGN.get().transliterate(text);
  }

  static String iso9(String text) {
    return ISO_9.get().transliterate(text);
  }

  static String uzbek(String text) {
    return UZBEK.get().transliterate(text);
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
