package org.kuzet.engine.screening.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;

/**
 * Country names, codes and nationality words to ISO 3166 alpha-2 codes. Names come from the JDK's
 * locale data in English, Russian and Kazakh, codes from ISO 3166 (alpha-2 and alpha-3); the UN's
 * and OFAC's long forms and the demonyms officers write are added by hand.
 */
public final class Countries {

  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    Locale[] languages = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk")};
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      put(code, code);
      try {
        put(country.getISO3Country(), code);
      } catch (MissingResourceException e) {
        // no alpha-3 code known for this one
      }
      for (Locale language : languages) {
        put(country.getDisplayCountry(language), code);
      }
    }
    String[][] extra = {
      {"russian federation", "RU"},
      {"russia", "RU"},
      {"russian", "RU"},
      {"iran islamic republic of", "IR"},
      {"iran", "IR"},
      {"iranian", "IR"},
      {"syrian arab republic", "SY"},
      {"syria", "SY"},
      {"syrian", "SY"},
      {"democratic people s republic of korea", "KP"},
      {"north korea", "KP"},
      {"korea north", "KP"},
      {"republic of korea", "KR"},
      {"south korea", "KR"},
      {"korea south", "KR"},
      {"viet nam", "VN"},
      {"lao people s democratic republic", "LA"},
      {"bolivia plurinational state of", "BO"},
      {"venezuela bolivarian republic of", "VE"},
      {"democratic republic of the congo", "CD"},
      {"congo democratic republic of the", "CD"},
      {"congo", "CG"},
      {"united republic of tanzania", "TZ"},
      {"tanzania", "TZ"},
      {"united states of america", "US"},
      {"united states", "US"},
      {"usa", "US"},
      {"american", "US"},
      {"united kingdom of great britain and northern ireland", "GB"},
      {"united kingdom", "GB"},
      {"uk", "GB"},
      {"british", "GB"},
      {"turkey", "TR"},
      {"turkiye", "TR"},
      {"turkish", "TR"},
      {"state of palestine", "PS"},
      {"palestinian", "PS"},
      {"kosovo", "XK"},
      {"cote d ivoire", "CI"},
      {"ivory coast", "CI"},
      {"burma", "MM"},
      {"republic of moldova", "MD"},
      {"moldova", "MD"},
      {"kazakh", "KZ"},
      {"kazakhstani", "KZ"},
      {"kyrgyz", "KG"},
      {"kyrgyzstani", "KG"},
      {"kirghizia", "KG"},
      {"uzbek", "UZ"},
      {"uzbekistani", "UZ"},
      {"tajik", "TJ"},
      {"tajikistani", "TJ"},
      {"turkmen", "TM"},
      {"afghan", "AF"},
      {"afghani", "AF"},
      {"pakistani", "PK"},
      {"iraqi", "IQ"},
      {"yemeni", "YE"},
      {"saudi", "SA"},
      {"saudi arabian", "SA"},
      {"chinese", "CN"},
      {"libyan", "LY"},
      {"somali", "SO"},
      {"sudanese", "SD"},
      {"lebanese", "LB"},
      {"egyptian", "EG"},
      {"jordanian", "JO"},
      {"belarusian", "BY"},
      {"ukrainian", "UA"},
      {"mexican", "MX"},
      {"colombian", "CO"},
      {"german", "DE"},
      {"french", "FR"},
      {"indian", "IN"},
      {"kuwaiti", "KW"},
      {"qatari", "QA"},
      {"emirati", "AE"},
      {"tunisian", "TN"},
      {"algerian", "DZ"},
      {"moroccan", "MA"},
      {"nigerian", "NG"},
      {"malian", "ML"},
      {"indonesian", "ID"},
      {"filipino", "PH"},
      {"georgian", "GE"},
      {"azerbaijani", "AZ"},
      {"armenian", "AM"},
      {"kazakhstan", "KZ"},
      {"qazaqstan", "KZ"},
      {"kyrgyzstan", "KG"},
      {"uzbekistan", "UZ"},
      {"tajikistan", "TJ"},
      {"turkmenistan", "TM"},
      {"казахстан", "KZ"},
      {"қазақстан", "KZ"},
      {"россия", "RU"},
      {"кыргызстан", "KG"},
      {"киргизия", "KG"},
      {"узбекистан", "UZ"},
      {"таджикистан", "TJ"},
      {"туркменистан", "TM"},
    };
    for (String[] e : extra) {
      put(e[0], e[1]);
    }
  }

  private Countries() {}

  private static void put(String name, String code) {
    if (name != null && !name.isBlank()) {
      BY_NAME.putIfAbsent(key(name), code);
    }
  }

  private static String key(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (char c :
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        space = true;
      }
    }
    return out.toString();
  }

  /** The ISO 3166 alpha-2 code for a country name, code or nationality word, or null. */
  public static @Nullable String code(@Nullable String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return null;
    }
    String k = key(nameOrCode);
    String code = BY_NAME.get(k);
    if (code == null) {
      // "Kazakhstan (citizen)", "Russia." and the like
      int paren = k.indexOf(' ');
      while (code == null && paren > 0) {
        code = BY_NAME.get(k.substring(0, paren));
        paren = k.indexOf(' ', paren + 1);
      }
    }
    return code;
  }
}
