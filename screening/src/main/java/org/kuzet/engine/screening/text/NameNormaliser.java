package org.kuzet.engine.screening.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The normalisation pipeline, one small step after another: Unicode NFKC and lower case; split into
 * parts at spaces, punctuation and hyphens (apostrophes and soft signs join, "A.B.C." stays one
 * part); titles and honorifics dropped; company legal forms reduced to one short form; each part
 * folded to ASCII and given its tolerant keys.
 */
public final class NameNormaliser {

  /** Longest name accepted; longer input is cut (lists hold no longer names). */
  public static final int MAX_CHARS = 512;

  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mister",
          "dr",
          "prof",
          "professor",
          "sir",
          "madam",
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "shaik",
          "mullah",
          "mulla",
          "maulavi",
          "mawlawi",
          "maulvi",
          "molvi",
          "maulana",
          "general",
          "colonel",
          "captain",
          "gospodin",
          "gospozha",
          "gospoja",
          "hon",
          "honorable",
          "honourable",
          "his",
          "her",
          "excellency",
          "lt",
          "gen",
          "col",
          "capt",
          "major");

  /** Particles and their canonical key: bin/ibn/ben are one, al/el/ul/ad/as... are one. */
  private static final Map<String, String> PARTICLES =
      Map.ofEntries(
          Map.entry("al", "al"),
          Map.entry("el", "al"),
          Map.entry("ul", "al"),
          Map.entry("ad", "al"),
          Map.entry("ud", "al"),
          Map.entry("ed", "al"),
          Map.entry("as", "al"),
          Map.entry("ash", "al"),
          Map.entry("ar", "al"),
          Map.entry("at", "al"),
          Map.entry("az", "al"),
          Map.entry("bin", "bin"),
          Map.entry("ibn", "bin"),
          Map.entry("ben", "bin"),
          Map.entry("bn", "bin"),
          Map.entry("bint", "bint"),
          Map.entry("binti", "bint"),
          Map.entry("de", "de"),
          Map.entry("da", "de"),
          Map.entry("di", "de"),
          Map.entry("del", "del"),
          Map.entry("della", "del"),
          Map.entry("der", "der"),
          Map.entry("den", "der"),
          Map.entry("van", "van"),
          Map.entry("von", "van"),
          Map.entry("la", "la"),
          Map.entry("le", "la"),
          Map.entry("du", "du"),
          Map.entry("dos", "dos"),
          Map.entry("das", "dos"),
          Map.entry("do", "dos"),
          Map.entry("y", "y"),
          Map.entry("of", "of"),
          Map.entry("and", "and"),
          Map.entry("the", "the"),
          Map.entry("und", "and"),
          Map.entry("et", "and"));

  /** Multi-word legal forms, longest first, to their short form. */
  private static final String[][] LEGAL_PHRASES = {
    {"public joint stock company", "pjsc"},
    {"closed joint stock company", "cjsc"},
    {"open joint stock company", "ojsc"},
    {"joint stock company", "jsc"},
    {"limited liability company", "llc"},
    {"limited liability partnership", "llp"},
    {"gesellschaft mit beschrankter haftung", "gmbh"},
    {"societatea cu raspundere limitata", "srl"},
    {"public limited company", "plc"},
    {"sociedad anonima", "sa"},
    {"societe anonyme", "sa"},
    {"national association", "na"},
    {"obshchestvo s ogranichennoi otvetstvennostiu", "llc"},
  };

  private static final String[][] LEGAL_PHRASE_WORDS = splitPhrases();

  private static String[][] splitPhrases() {
    String[][] out = new String[LEGAL_PHRASES.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = LEGAL_PHRASES[i][0].split(" ");
    }
    return out;
  }

  /**
   * Legal-form words to their short form. In a fixed order: a misspelt word close to two of them
   * ("cooperation": corporation, cooperative) must read the same in every run.
   */
  private static final Map<String, String> LEGAL_WORDS =
      legalWords(
          "aktiengesellschaft",
          "ag",
          "limited",
          "ltd",
          "incorporated",
          "inc",
          "corporation",
          "corp",
          "company",
          "co",
          "cooperative",
          "coop",
          "gesellschaft",
          "gmbh");

  private static Map<String, String> legalWords(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Legal forms written in Cyrillic initials (ООО, ТОО, АО ...), by their ICAO rendering. */
  private static final Map<String, String> CYRILLIC_LEGAL =
      Map.of("ooo", "llc", "too", "llp", "ao", "jsc", "zao", "cjsc", "oao", "ojsc", "pao", "pjsc");

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "llc", "llp", "pjsc", "cjsc", "ojsc", "jsc", "gmbh", "srl", "sa", "plc", "ag", "ltd",
          "inc", "corp", "co", "coop", "na", "sas", "bv", "nv", "spa", "sarl", "kg", "lp", "pte",
          "pvt", "fze", "fzco", "fzc", "ooo", "sro", "doo", "oy", "ab", "as", "lda", "cia");

  private NameNormaliser() {}

  /** Normalised parts of a name; empty for null or a name without letters or digits. */
  public static List<NameToken> tokens(String name) {
    return tokens(name, false);
  }

  /**
   * Normalised parts of a screened name: as {@link #tokens(String)}, letters of the other script
   * mixed into a word read as the word's own script (a Latin "o" in «Пeтров»), and each Latin part
   * with its {@link NameToken#alternates() alternate readings}.
   */
  public static List<NameToken> queryTokens(String name) {
    return tokens(name, true);
  }

  private static List<NameToken> tokens(String name, boolean query) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String s = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    List<Raw> asWritten = null;
    if (query) {
      s = LookAlikes.ocr(s);
      String mixed = s;
      s = LookAlikes.unmix(s);
      s = capitalInitials(s);
      if (!mixed.equals(LookAlikes.unmix(mixed))) {
        // a word mixing scripts is read in its main script (Пeтров), but may as well be a Latin
        // word half transliterated (cонго, алеxеи: c and x that no Cyrillic letter stands for);
        // each such word keeps its letters as written as a reading of its own
        asWritten =
            joinPatronymicSuffixes(
                mergeDottedInitials(split(capitalInitials(mixed).toLowerCase(Locale.ROOT))));
      }
    }
    s = s.toLowerCase(Locale.ROOT);
    List<Raw> raws = split(s);
    if (raws.isEmpty()) {
      return List.of();
    }
    raws = mergeDottedInitials(raws);
    raws = joinPatronymicSuffixes(raws);
    if (asWritten != null && asWritten.size() != raws.size()) {
      asWritten = null; // the words no longer line up: no readings as written
    }
    List<Raw> written = asWritten;
    List<String> ascii = new ArrayList<>(raws.size());
    List<Raw> kept = new ArrayList<>(raws.size());
    Map<Raw, String> writtenAscii = written == null ? Map.of() : new IdentityHashMap<>();
    for (int r = 0; r < raws.size(); r++) {
      Raw raw = raws.get(r);
      String a = ScriptFold.toAscii(raw.text);
      if (!a.isEmpty()) {
        ascii.add(a);
        kept.add(raw);
        if (written != null && !written.get(r).text.equals(raw.text)) {
          writtenAscii.put(raw, ScriptFold.toAscii(written.get(r).text));
        }
      }
    }
    dropHonorifics(kept, ascii);
    legalPhrases(kept, ascii);
    List<NameToken> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      NameToken t = token(kept.get(i), ascii.get(i));
      if (t.role() == TokenRole.PARTICLE
          && t.text().length() == 1
          && (i == 0 || i == kept.size() - 1)) {
        // a lone letter first or last is an initial (Yevkurov Y), not the Spanish "y" of "Garcia y
        // Lopez"
        t = initial(t.text().charAt(0));
      }
      if (query && t.role() == TokenRole.NAME) {
        List<Reading> alternates = Romanisations.readings(kept.get(i).marked, t.key());
        alternates = withYo(alternates, kept.get(i).marked, t.key());
        String written2 = writtenAscii.get(kept.get(i));
        String writtenKey = written2 == null || written2.isEmpty() ? null : Keys.fold(written2);
        if (writtenKey != null
            && !writtenKey.equals(t.key())
            && alternates.stream().noneMatch(r -> r.key().equals(writtenKey))) {
          List<Reading> more = new ArrayList<>(alternates);
          more.add(Reading.of(writtenKey));
          alternates = more;
        }
        if (!alternates.isEmpty()) {
          t = t.withAlternates(alternates);
        }
      }
      out.add(t);
    }
    return out;
  }

  /**
   * The readings with one more where the part holds ё (ë): passports and ICAO write it e (Артём,
   * Artem), English-language lists and BGN/PCGN yo or ë (Artyom, Pyotr, Semyon); so a part with ё
   * is also read with yo.
   */
  static List<Reading> withYo(List<Reading> readings, String marked, String key) {
    if (marked.indexOf('ё') < 0 && marked.indexOf('ë') < 0) {
      return readings;
    }
    String yo = Keys.fold(ScriptFold.toAscii(marked.replace("ё", "йо").replace("ë", "yo")));
    if (yo.isEmpty() || yo.equals(key) || readings.stream().anyMatch(r -> r.key().equals(yo))) {
      return readings;
    }
    List<Reading> more = new ArrayList<>(readings);
    more.add(Reading.of(yo));
    return more;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’‘ʼʹ`´ʻʿʾ]+");

  /**
   * Initials written together in capitals (ПЕТРОВ АВ, Bobkov SA, Зленко ЕГ) as dotted initials
   * (А.В.): a word of two or three capitals beside a word of four letters or more, where the rest
   * of the name is not in capitals too; in a name all in capitals, a word of two capitals that is
   * no particle (IVANOV SS, but not KIM JONG UN's "KIM", nor AL).
   */
  static String capitalInitials(String s) {
    Matcher m = WORD.matcher(s);
    List<int[]> words = new ArrayList<>();
    boolean longWord = false;
    boolean allCaps = true;
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
      String w = m.group();
      longWord |= w.length() >= 4;
      allCaps &= w.equals(w.toUpperCase(Locale.ROOT));
    }
    if (!longWord || words.size() < 2) {
      return s;
    }
    StringBuilder out = null;
    for (int k = words.size() - 1; k >= 0; k--) {
      int[] w = words.get(k);
      String word = s.substring(w[0], w[1]);
      int n = word.length();
      boolean caps =
          n >= 2
              && n <= 3
              && word.equals(word.toUpperCase(Locale.ROOT))
              && !word.equals(word.toLowerCase(Locale.ROOT));
      boolean nextIsDot = w[1] < s.length() && s.charAt(w[1]) == '.';
      // a particle leading the name (AL SHIBH) or in a name all in capitals, a part of a
      // hyphenated name (AL-WAZ, CHE-SON) or a surname written first before a comma (RI,
      // Che-Son) is a word, not initials; after a surname two capitals are initials even where
      // they spell a particle (Rogozin DO, Delimkhanov AS); in a name all in capitals a particle
      // may come last too (FLACO EL for EL FLACO, KARITEKS LAKI AD), so KALEDINA DE stays a word
      boolean particle =
          (k == 0 || allCaps)
              && PARTICLES.containsKey(ScriptFold.toAscii(word.toLowerCase(Locale.ROOT)));
      boolean hyphenated =
          (w[0] > 0 && isHyphen(s.charAt(w[0] - 1)))
              || (w[1] < s.length() && isHyphen(s.charAt(w[1])));
      boolean surnameFirst = k == 0 && w[1] < s.length() && s.charAt(w[1]) == ',';
      if (!caps || nextIsDot || particle || hyphenated || surnameFirst || (allCaps && n != 2)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s);
      }
      StringBuilder dotted = new StringBuilder();
      for (int i = 0; i < n; i++) {
        dotted.append(word.charAt(i)).append('.');
      }
      out.replace(w[0], w[1], dotted.toString());
    }
    return out == null ? s : out.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  /**
   * One letter as an initial (a part of dotted initials taken apart), whatever else it could be.
   */
  public static NameToken initial(char letter) {
    String text = String.valueOf(letter).toLowerCase(Locale.ROOT);
    String ascii = ScriptFold.toAscii(text);
    if (ascii.isEmpty()) {
      ascii = text;
    }
    String key = Keys.fold(ascii);
    return new NameToken(
        text,
        ascii,
        key.isEmpty() ? ascii : key,
        key.isEmpty() ? ascii : key,
        ascii,
        TokenRole.INITIAL,
        false,
        false,
        true);
  }

  /** The normalised name: its ASCII parts joined by single spaces. */
  public static String normalise(String name) {
    StringBuilder out = new StringBuilder();
    for (NameToken t : tokens(name)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(t.ascii());
    }
    return out.toString();
  }

  private static NameToken token(Raw raw, String ascii) {
    boolean abjad = ScriptFold.isAbjad(raw.text);
    String legal = null;
    if (LEGAL_FORMS.contains(ascii)) {
      legal = ascii;
    } else if (CYRILLIC_LEGAL.containsKey(ascii)
        && (ScriptFold.isCyrillic(raw.text) || ascii.length() == 3)) {
      // OOO, OAO, ZAO, PAO are unmistakable in Latin letters too; AO and TOO are not
      legal = CYRILLIC_LEGAL.get(ascii);
    } else if (LEGAL_WORDS.containsKey(ascii)) {
      legal = LEGAL_WORDS.get(ascii);
    } else if (ascii.length() >= 7) {
      legal = fuzzyLegalWord(ascii);
    }
    if (legal != null) {
      return new NameToken(
          raw.text, legal, legal, legal, legal, TokenRole.LEGAL_FORM, false, false, raw.dotted);
    }
    String particle =
        raw.dotted || (raw.text.length() == 1 && raw.dotAfter) ? null : PARTICLES.get(ascii);
    if (particle != null) {
      return new NameToken(
          raw.text, ascii, particle, particle, particle, TokenRole.PARTICLE, false, false, false);
    }
    String key = Keys.fold(ascii);
    if (key.isEmpty()) {
      key = ascii;
    }
    // one letter as written is an initial, even when its Latin form has two (Ш, sh)
    boolean oneLetter =
        (ascii.length() == 1 && Character.isLetter(ascii.charAt(0)))
            || (raw.text.length() == 1 && Character.isLetter(raw.text.charAt(0)));
    TokenRole role = oneLetter ? TokenRole.INITIAL : TokenRole.NAME;
    String stem = Keys.stem(key);
    String skeleton = Keys.skeleton(key, abjad);
    boolean patronymic = role == TokenRole.NAME && Keys.patronymicRoot(key) != null;
    return new NameToken(raw.text, ascii, key, stem, skeleton, role, patronymic, abjad, raw.dotted);
  }

  /** The legal form of a misspelt legal-form word: the closest, the first of equally close. */
  private static @Nullable String fuzzyLegalWord(String ascii) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : LEGAL_WORDS.entrySet()) {
      String word = e.getKey();
      int allowed = word.length() >= 10 ? 2 : 1;
      if (Math.abs(word.length() - ascii.length()) <= allowed) {
        int d = EditDistance.within(ascii, word, allowed);
        if (d <= allowed && d < bestDistance) {
          best = e.getValue();
          bestDistance = d;
        }
      }
    }
    return best;
  }

  private static void dropHonorifics(List<Raw> raws, List<String> ascii) {
    for (int i = ascii.size() - 1; i >= 0 && ascii.size() > 1; i--) {
      if (HONORIFICS.contains(ascii.get(i)) && !raws.get(i).dotted) {
        raws.remove(i);
        ascii.remove(i);
      }
    }
    if (ascii.size() > 1 && ascii.get(0).equals("the")) {
      raws.remove(0);
      ascii.remove(0);
    }
  }

  private static void legalPhrases(List<Raw> raws, List<String> ascii) {
    if (ascii.size() < 2) {
      return;
    }
    for (int ph = 0; ph < LEGAL_PHRASES.length; ph++) {
      String[] phrase = LEGAL_PHRASES[ph];
      String[] words = LEGAL_PHRASE_WORDS[ph];
      if (!ascii.contains(words[0])) {
        continue;
      }
      for (int i = 0; i + words.length <= ascii.size(); i++) {
        boolean match = true;
        for (int k = 0; k < words.length && match; k++) {
          match = ascii.get(i + k).equals(words[k]);
        }
        if (match) {
          for (int k = 0; k < words.length; k++) {
            raws.remove(i);
            ascii.remove(i);
          }
          raws.add(i, new Raw(phrase[1], false));
          ascii.add(i, phrase[1]);
        }
      }
    }
  }

  private static List<Raw> split(String s) {
    List<Raw> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
        marked.append(c);
      } else if (isJoiner(c)) {
        // apostrophes and primes join: Qa'ida, Shamilʹ, O'Neil
        if (cur.length() > 0) {
          marked.append('\'');
        }
      } else {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          if (cur.length() > 0) {
            cur.append(c);
          }
          continue;
        }
        if (cur.length() > 0) {
          out.add(new Raw(cur.toString(), c == '.', false, marked.toString()));
          cur.setLength(0);
        }
        marked.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(new Raw(cur.toString(), false, false, marked.toString()));
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '\''
        || c == '’'
        || c == '‘'
        || c == 'ʼ'
        || c == 'ʹ'
        || c == '`'
        || c == '´'
        || c == 'ʻ'
        || c == 'ʿ'
        || c == 'ʾ'
        || c == '\u02BC'
        || c == '\u00AD';
  }

  /** Turkic patronymic words written apart: ұлы, қызы, uly, kyzy, ogly, oglu, o'g'li, qizi ... */
  private static final Set<String> PATRONYMIC_WORDS =
      Set.of(
          "uly", "uli", "ulu", "uulu", "ogly", "ogli", "oglu", "ugli", "kyzy", "kizi", "qizi",
          "kyzi", "qyzy", "gyzy", "gizi");

  /**
   * A Turkic patronymic word written apart joins the father's name before it (Serik uly, Сергей
   * ұлы, Mixail o'g'li → one patronymic part, as Serikuly is written), so that it meets the list's
   * -ovich or -uly form of the same father's name.
   */
  private static List<Raw> joinPatronymicSuffixes(List<Raw> raws) {
    List<Raw> out = null;
    for (int i = 1; i < raws.size(); i++) {
      Raw raw = raws.get(i);
      Raw before = raws.get(i - 1);
      if (PATRONYMIC_WORDS.contains(ScriptFold.toAscii(raw.text))
          && before.text.length() >= 3
          && !before.dotted) {
        if (out == null) {
          out = new ArrayList<>(raws.subList(0, i - 1));
        } else {
          out.remove(out.size() - 1);
        }
        Raw joined =
            new Raw(before.text + raw.text, raw.dotAfter, false, before.marked + raw.marked);
        out.add(joined);
        raws = new ArrayList<>(raws);
        raws.set(i, joined);
      } else if (out != null) {
        out.add(raw);
      }
    }
    return out == null ? raws : out;
  }

  /** "a.b.c." and "n.a." become one part, so C.B.A. stays distinct from A.B.C. */
  private static List<Raw> mergeDottedInitials(List<Raw> raws) {
    List<Raw> out = new ArrayList<>(raws.size());
    int i = 0;
    while (i < raws.size()) {
      int j = i;
      while (j < raws.size() && raws.get(j).text.length() == 1 && raws.get(j).dotAfter) {
        j++;
      }
      if (j < raws.size()
          && j > i
          && raws.get(j).text.length() == 1
          && !raws.get(j).dotAfter
          && j == raws.size() - 1) {
        j++; // trailing "A.B.C" without the last dot
      }
      if (j - i >= 2) {
        StringBuilder merged = new StringBuilder();
        for (int k = i; k < j; k++) {
          merged.append(raws.get(k).text);
        }
        out.add(new Raw(merged.toString(), false, true));
        i = j;
      } else {
        out.add(raws.get(i));
        i++;
      }
    }
    return out;
  }

  private static final class Raw {
    final String text;
    final boolean dotAfter;
    final boolean dotted;

    /** The text with its apostrophes (Kazakh 2017 s' for ш, Uzbek o' for ў). */
    final String marked;

    Raw(String text, boolean dotAfter) {
      this(text, dotAfter, false, text);
    }

    Raw(String text, boolean dotAfter, boolean dotted) {
      this(text, dotAfter, dotted, text);
    }

    Raw(String text, boolean dotAfter, boolean dotted, String marked) {
      this.text = text;
      this.dotAfter = dotAfter;
      this.dotted = dotted;
      this.marked = marked;
    }
  }
}
