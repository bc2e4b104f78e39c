package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Turkic patronymic word written apart joins the father's name before it (Serik uly, Сергей ұлы,
 * Mixail o'g'li → one patronymic part, as Serikuly is written), so that it meets the list's -ovich
 * or -uly form of the same father's name.
 */
final class PatronymicWords {

  /** Turkic patronymic words written apart: ұлы, қызы, uly, kyzy, ogly, oglu, o'g'li, qizi ... */
  private static final Set<String> WORDS =
      Set.of(
          "uly", "uli", "ulu", "uulu", "ogly", "ogli", "oglu", "ugli", "kyzy", "kizi", "qizi",
          "kyzi", "qyzy", "gyzy", "gizi");

  private PatronymicWords() {}

  static List<RawPart> join(List<RawPart> raws) {
    List<RawPart> out = null;
    for (int i = 1; i < raws.size(); i++) {
      RawPart raw = raws.get(i);
      RawPart before = raws.get(i - 1);
      if (WORDS.contains(ScriptFold.toAscii(raw.text()))
          && before.text().length() >= 3
          && !before.dotted()) {
        if (out == null) {
          out = new ArrayList<>(raws.subList(0, i - 1));
        } else {
          out.remove(out.size() - 1);
        }
        RawPart joined =
            new RawPart(
                before.text() + raw.text(), raw.dotAfter(), false, before.marked() + raw.marked());
        out.add(joined);
        raws = new ArrayList<>(raws);
        raws.set(i, joined);
      } else if (out != null) {
        out.add(raw);
      }
    }
    return out == null ? raws : out;
  }
}
