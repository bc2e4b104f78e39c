package org.kuzet.engine.screening.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.translit.IcuTransforms;
import org.kuzet.engine.screening.translit.Transliteration;

/**
 * Lower-case text of any script to plain ASCII Latin, fast enough for every query. Cyrillic goes
 * through a lookup array built once from the ICAO 9303 table (hard sign dropped, as name spellings
 * do); Latin letters with diacritics go through a small table and Unicode decomposition; other
 * scripts (Arabic, Greek, ...) fall back to ICU4J {@code Any-Latin; Latin-ASCII}, which is slow but
 * rare here.
 */
public final class ScriptFold {

  private static final String[] CYRILLIC = new String[0x100];

  static {
    for (char c = 0x400; c < 0x500; c++) {
      if (Character.isLetter(c) && Character.isLowerCase(c)) {
        String latin = Transliteration.ICAO_9303.apply(String.valueOf(c)).toLowerCase(Locale.ROOT);
        if (!latin.equals(String.valueOf(c))) {
          CYRILLIC[c - 0x400] = latin;
        }
      }
    }
    CYRILLIC['ъ' - 0x400] = "";
    CYRILLIC['ь' - 0x400] = "";
  }

  private ScriptFold() {}

  /** Whether the token is written in an abjad (Arabic, Hebrew): short vowels are not written. */
  public static boolean isAbjad(String lowerToken) {
    for (int i = 0; i < lowerToken.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(lowerToken.charAt(i));
      if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token holds a Cyrillic letter. */
  public static boolean isCyrillic(String lowerToken) {
    for (int i = 0; i < lowerToken.length(); i++) {
      char c = lowerToken.charAt(i);
      if (c >= 0x400 && c < 0x530) {
        return true;
      }
    }
    return false;
  }

  /** ASCII Latin (a-z, 0-9) for one lower-case token. */
  public static String toAscii(String lowerToken) {
    boolean ascii = true;
    for (int i = 0; i < lowerToken.length() && ascii; i++) {
      ascii = lowerToken.charAt(i) < 0x80;
    }
    if (ascii) {
      return lowerToken;
    }
    StringBuilder out = new StringBuilder(lowerToken.length() + 4);
    StringBuilder other = null;
    for (int i = 0; i < lowerToken.length(); i++) {
      char c = lowerToken.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else if (c >= 0x400 && c < 0x500) {
        String latin = CYRILLIC[c - 0x400];
        if (latin != null) {
          out.append(latin);
        } else if (Character.isLetter(c)) {
          out.append(Character.toLowerCase(c));
        }
      } else {
        String special = latinSpecial(c);
        if (special != null) {
          out.append(special);
        } else if (c < 0x250 || (c >= 0x1E00 && c < 0x1F00)) {
          String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
          for (int k = 0; k < decomposed.length(); k++) {
            char d = decomposed.charAt(k);
            if (d < 0x80) {
              out.append(d);
            }
          }
        } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
          // combining accents left over from NFKC: drop
        } else {
          if (other == null) {
            other = new StringBuilder();
          }
          other.setLength(0);
          int j = i;
          while (j < lowerToken.length()
              && lowerToken.charAt(j) >= 0x250
              && !(lowerToken.charAt(j) >= 0x400 && lowerToken.charAt(j) < 0x530)) {
            other.append(lowerToken.charAt(j));
            j++;
          }
          String latin = IcuTransforms.anyToAscii(other.toString()).toLowerCase(Locale.ROOT);
          for (int k = 0; k < latin.length(); k++) {
            char d = latin.charAt(k);
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
              out.append(d);
            }
          }
          i = j - 1;
        }
      }
    }
    return out.toString();
  }

  private static @Nullable String latinSpecial(char c) {
    switch (c) {
      case 'ş':
      case 'š':
      case 'ș':
        return "sh";
      case 'ç':
      case 'č':
        return "ch";
      case 'ž':
        return "zh";
      case 'ğ':
        return "g";
      case 'ı':
        return "i";
      case 'ø':
        return "o";
      case 'æ':
        return "ae";
      case 'œ':
        return "oe";
      case 'ß':
        return "ss";
      case 'ł':
        return "l";
      case 'đ':
      case 'ð':
        return "d";
      case 'þ':
        return "th";
      case 'ə':
      case 'ä':
        return "a";
      case 'ŋ':
        return "n";
      case 'ħ':
        return "h";
      default:
        return null;
    }
  }
}
