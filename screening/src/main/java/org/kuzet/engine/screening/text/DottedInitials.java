package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;

/** "a.b.c." and "n.a." become one part, so C.B.A. stays distinct from A.B.C. */
final class DottedInitials {

  private DottedInitials() {}

  static List<RawPart> merge(List<RawPart> raws) {
    List<RawPart> out = new ArrayList<>(raws.size());
    int i = 0;
    while (i < raws.size()) {
      int j = i;
      while (j < raws.size() && raws.get(j).text().length() == 1 && raws.get(j).dotAfter()) {
        j++;
      }
      if (j < raws.size()
          && j > i
          && raws.get(j).text().length() == 1
          && !raws.get(j).dotAfter()
          && j == raws.size() - 1) {
        j++; // trailing "A.B.C" without the last dot
      }
      if (j - i >= 2) {
        StringBuilder merged = new StringBuilder();
        for (int k = i; k < j; k++) {
          merged.append(raws.get(k).text());
        }
        out.add(new RawPart(merged.toString(), false, true));
        i = j;
      } else {
        out.add(raws.get(i));
        i++;
      }
    }
    return out;
  }
}
