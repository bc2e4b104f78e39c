package org.kuzet.engine.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.translit.Transliteration;

/**
 * Name normalisation for other modules, for instance a global search that must find «Серікбаев»
 * when the user types "Serikbayev".
 */
public final class Names {

  private Names() {}

  /**
   * The normalised name: NFKC, lower case, punctuation and honorifics removed, legal forms
   * shortened, every part in plain ASCII Latin, parts joined by one space. «Нұрлан Әбішұлы» gives
   * {@code "nurlan abishuly"}.
   */
  public static String normalise(String name) {
    return NameNormaliser.normalise(name);
  }

  /**
   * One script-tolerant search key per name part: the same for a Cyrillic spelling and its ICAO,
   * BGN/PCGN, GOST 7.79 and Kazakh 2021 renderings and for the informal kh/h, zh/j, yu/iu, ya/ia,
   * -ev/-yev variants. Index these keys and look up the keys of what the user typed. «Серикбаев»,
   * "Serikbayev" and "Serikbaev" all give {@code "serikbaev"}.
   */
  public static List<String> searchKeys(String name) {
    List<String> out = new ArrayList<>();
    for (NameToken t : NameNormaliser.tokens(name)) {
      out.add(t.key());
    }
    return out;
  }

  /**
   * Like {@link #searchKeys} but also forgiving gendered endings and patronymic forms (Serikbayeva
   * finds Serikbayev; Abishevich finds Abishuly).
   */
  public static List<String> stemKeys(String name) {
    List<String> out = new ArrayList<>();
    for (NameToken t : NameNormaliser.tokens(name)) {
      out.add(t.stem());
    }
    return out;
  }

  /**
   * The name in each transliteration standard (Cyrillic input) or back in Cyrillic (Latin input).
   */
  public static Map<Transliteration, String> renderings(String name) {
    Map<Transliteration, String> out = new EnumMap<>(Transliteration.class);
    for (Transliteration t : Transliteration.values()) {
      out.put(t, t.apply(name));
    }
    return out;
  }

  /**
   * Latin spellings officers meet for a name: every standard's rendering plus the informal variants
   * (kh→h, zh→j, yu↔iu, ya↔ia, -yev↔-ev), lower case, at most 64.
   */
  public static Set<String> variants(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (Transliteration t : Transliteration.values()) {
      if (t != Transliteration.LATIN_TO_CYRILLIC) {
        out.add(NameNormaliser.normalise(t.apply(name)));
      }
    }
    String[][] informal = {
      {"kh", "h"},
      {"zh", "j"},
      {"yu", "iu"},
      {"iu", "yu"},
      {"ya", "ia"},
      {"ia", "ya"},
      {"yev", "ev"},
      {"iy", "y"},
      {"ts", "c"}
    };
    for (String base : List.copyOf(out)) {
      for (String[] r : informal) {
        if (out.size() < 64 && base.contains(r[0])) {
          out.add(base.replace(r[0], r[1]));
        }
      }
    }
    out.remove("");
    return out;
  }

  /** Whether two single name parts share a search key (script and transliteration tolerant). */
  public static boolean sameKey(String a, String b) {
    return Keys.fold(NameNormaliser.normalise(a).replace(" ", ""))
        .equals(Keys.fold(NameNormaliser.normalise(b).replace(" ", "")));
  }
}
