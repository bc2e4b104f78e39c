package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The normalisation pipeline, one small step after another, each a class of its own: Unicode NFKC
 * ({@link UnicodeForm}); for a query, OCR digits and mixed scripts read as letters ({@link
 * LookAlikes}) and initials written in capitals dotted ({@link CapitalInitials}); lower case; split
 * into parts ({@link PartSplitter}); dotted initials one part ({@link DottedInitials}); Turkic
 * patronymic words joined ({@link PatronymicWords}); each part folded to ASCII ({@link
 * ScriptFold}); titles and honorifics dropped ({@link Honorifics}); company legal forms reduced to
 * one short form ({@link LegalForms}); each part made a token with its tolerant keys ({@link
 * PartTokens}); for a query, each name part given its alternate readings ({@link QueryReadings}).
 */
public final class NameNormaliser {

  /** Longest name accepted; longer input is cut (lists hold no longer names). */
  public static final int MAX_CHARS = 512;

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
    String s = UnicodeForm.apply(name);
    List<RawPart> asWritten = null;
    if (query) {
      s = LookAlikes.ocr(s);
      String mixed = s;
      s = LookAlikes.unmix(s);
      s = CapitalInitials.apply(s);
      if (!mixed.equals(LookAlikes.unmix(mixed))) {
        // a word mixing scripts is read in its main script (Пeтров), but may as well be a Latin
        // word half transliterated (cонго, алеxеи: c and x that no Cyrillic letter stands for);
        // each such word keeps its letters as written as a reading of its own
        asWritten = parts(CapitalInitials.apply(mixed));
      }
    }
    List<RawPart> raws = parts(s);
    if (raws.isEmpty()) {
      return List.of();
    }
    if (asWritten != null && asWritten.size() != raws.size()) {
      asWritten = null; // the words no longer line up: no readings as written
    }
    List<RawPart> written = asWritten;
    List<String> ascii = new ArrayList<>(raws.size());
    List<RawPart> kept = new ArrayList<>(raws.size());
    Map<RawPart, String> writtenAscii = written == null ? Map.of() : new IdentityHashMap<>();
    for (int r = 0; r < raws.size(); r++) {
      RawPart raw = raws.get(r);
      String a = ScriptFold.toAscii(raw.text());
      if (!a.isEmpty()) {
        ascii.add(a);
        kept.add(raw);
        if (written != null && !written.get(r).text().equals(raw.text())) {
          writtenAscii.put(raw, ScriptFold.toAscii(written.get(r).text()));
        }
      }
    }
    Honorifics.drop(kept, ascii);
    LegalForms.phrases(kept, ascii);
    List<NameToken> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      NameToken t = PartTokens.token(kept.get(i), ascii.get(i));
      if (t.role() == TokenRole.PARTICLE
          && t.text().length() == 1
          && (i == 0 || i == kept.size() - 1)) {
        // a lone letter first or last is an initial (Yevkurov Y), not the Spanish "y" of "Garcia y
        // Lopez"
        t = initial(t.text().charAt(0));
      }
      if (query && t.role() == TokenRole.NAME) {
        List<Reading> alternates =
            QueryReadings.of(kept.get(i).marked(), t.key(), writtenAscii.get(kept.get(i)));
        if (!alternates.isEmpty()) {
          t = t.withAlternates(alternates);
        }
      }
      out.add(t);
    }
    return out;
  }

  /** The text's parts: lower case, split, dotted initials merged, patronymic words joined. */
  private static List<RawPart> parts(String s) {
    List<RawPart> raws = PartSplitter.split(s.toLowerCase(Locale.ROOT));
    return PatronymicWords.join(DottedInitials.merge(raws));
  }

  /**
   * One letter as an initial (a part of dotted initials taken apart), whatever else it could be.
   */
  public static NameToken initial(char letter) {
    return PartTokens.initial(letter);
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
}
