package org.kuzet.engine.screening.translit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The romanisation systems and national practices officers meet on documents and in lists, Cyrillic
 * to Latin, and Latin back to Russian Cyrillic. ICU4J supplies BGN/PCGN, ISO 9, Uzbek Latin and the
 * Latin-to-Cyrillic direction ({@link IcuTransforms}); the others are tables in {@link
 * LetterTables}, which cites each standard.
 *
 * <p>A system renders the letters it defines; letters outside it (Kazakh letters in a Russian
 * system, say) follow passport practice, and Latin, digits and other scripts pass through
 * unchanged. All constants are thread-safe.
 *
 * <p>The screening index does not use these renderings: it folds every spelling to one key ({@code
 * text.Keys}). They serve to show a name in a system and to test that each system's rendering is
 * found.
 */
public enum Transliteration {
  /**
   * ICAO Doc 9303 passport transliteration (machine-readable zone and Latin name fields; Russia
   * since 2013).
   */
  ICAO_9303(LetterTables.ICAO_9303::apply),
  /**
   * BGN/PCGN romanisation: ICU4J {@code Russian-Latin/BGN}, or {@code Kazakh-Latin/BGN} when the
   * text holds Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І).
   */
  BGN_PCGN(IcuTransforms::bgn),
  /** GOST 7.79-2000 System B (letter combinations and the grave accent, no diacritics). */
  GOST_7_79_B(LetterTables.GOST_7_79_B::apply),
  /** The Kazakh Latin alphabet presented in January 2021 (Ä Ğ Ñ Ö Ş Ū Ü I İ Q). */
  KAZAKH_LATIN_2021(LetterTables.KAZAKH_LATIN_2021::apply),
  /** Latin back to Russian Cyrillic: ICU4J {@code Latin-Russian/BGN}. */
  LATIN_TO_CYRILLIC(IcuTransforms::latinToCyrillic),
  /**
   * Russian passports 1997 to 2010, before ICAO's table was adopted: MVD order 310 (YU, YA, Y, YE).
   */
  PASSPORT_RU_1997(LetterTables.PASSPORT_RU_1997::apply),
  /** Russian passports 2010 to 2013: GOST R 52535.1-2006 (IU, IA, I, TC). */
  PASSPORT_RU_2010(LetterTables.PASSPORT_RU_2010::apply),
  /** Library of Congress, ALA-LC (i͡u, i͡a, t͡s, ĭ, ʹ). */
  LIBRARY_OF_CONGRESS(LetterTables.LIBRARY_OF_CONGRESS::apply),
  /** Scholarly (scientific) transliteration (x, c, č, š, šč, ju, ja). */
  SCHOLARLY(LetterTables.SCHOLARLY::apply),
  /**
   * ISO 9:1995 = GOST 7.79-2000 System A (one Latin letter per Cyrillic letter: ŝ, û, â); ICU4J
   * {@code Cyrillic-Latin}.
   */
  ISO_9(IcuTransforms::iso9),
  /** GOST 16876-71 table 2 (kh, c, shh, jj, jo, ju, ja, eh). */
  GOST_16876_71(LetterTables.GOST_16876_71::apply),
  /** German transcription, Duden (w, s, ch, z, tsch, sch, schtsch, je, ju, ja). */
  GERMAN(LetterTables.GERMAN::apply),
  /** French transcription (ou, j, ch, tch, chtch, kh, gu, ï, -ine). */
  FRENCH(LetterTables.FRENCH::apply),
  /** Polish transcription (w, ż, sz, cz, szcz, ch, ł, ie, ia). */
  POLISH(LetterTables.POLISH::apply),
  /** Czech transcription (ž, š, č, šč, ch, je, ju, ja, ě, ď, ť, ň). */
  CZECH(LetterTables.CZECH::apply),
  /** Spanish transcription (j for х, zh, sh, sch, ts, ye, yu, ya, gu). */
  SPANISH(LetterTables.SPANISH::apply),
  /** Turkish transcription in the Turkish alphabet (ç, ş, şç, j, h, ı, y, İ). */
  TURKISH(LetterTables.TURKISH::apply),
  /**
   * Ukrainian national system of 2010 (Cabinet of Ministers resolution 55: h, y, i, zgh, ye/ie).
   */
  UKRAINIAN_2010(LetterTables.UKRAINIAN_2010::apply),
  /**
   * Belarusian national system (2000, revised 2007; UN-adopted: h, ch, c, č, š, ž, ŭ, ĺ, je/ie).
   */
  BELARUSIAN_NATIONAL(LetterTables.BELARUSIAN_NATIONAL::apply),
  /** Kazakh Latin alphabet of the 2017 decree, with apostrophes (a' g' n' o' u' y' s' c' i'). */
  KAZAKH_LATIN_2017(LetterTables.KAZAKH_LATIN_2017::apply),
  /** Kazakh Latin alphabet of the 2018 decree, with acutes (á ǵ ń ó ú ý ı, sh, ch). */
  KAZAKH_LATIN_2018(LetterTables.KAZAKH_LATIN_2018::apply),
  /** Uzbek Latin alphabet of 1995 (x, q, oʻ, gʻ, j, sh, ch, y); ICU4J {@code uz_Cyrl-uz_Latn}. */
  UZBEK_LATIN(IcuTransforms::uzbek),
  /** Tajik, BGN/PCGN 1994 (gh, q, í, ŭ, h, j, kh, zh). */
  TAJIK_BGN_PCGN(LetterTables.TAJIK::apply);

  /**
   * The four systems the search keys were first built around (passports, the lists' BGN/PCGN, GOST
   * 7.79 B, Kazakh Latin 2021) — those {@code Names.variants} lists. The other systems are
   * recognised by the matcher too ({@code text.Romanisations}) but do not add to that listing.
   */
  public static final Set<Transliteration> MAIN =
      Collections.unmodifiableSet(EnumSet.of(ICAO_9303, BGN_PCGN, GOST_7_79_B, KAZAKH_LATIN_2021));

  private final UnaryOperator<String> render;

  Transliteration(UnaryOperator<String> render) {
    this.render = render;
  }

  /** Renders {@code text} in this system. */
  public String apply(String text) {
    return render.apply(text);
  }

  /** Whether this system writes Cyrillic in Latin letters (all but {@link #LATIN_TO_CYRILLIC}). */
  public boolean toLatin() {
    return this != LATIN_TO_CYRILLIC;
  }

  /** Every Cyrillic-to-Latin system, in declaration order. */
  public static Set<Transliteration> romanisations() {
    return Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(LATIN_TO_CYRILLIC)));
  }
}
