package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.web.Texts;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Words a refused list file in the reader's language: the file, the place (line, column, element,
 * field or property) and the reason from its code ({@code watchlist.listFile.problem.<code>}). A
 * place the readers write in no known form shows as written.
 */
final class ListFileRefusals {

  private ListFileRefusals() {}

  static String words(WatchlistFormatException e, Texts texts) {
    String reason =
        texts.of(
            new DefaultMessageSourceResolvable(
                new String[] {"watchlist.listFile.problem." + e.problem().name()},
                e.args().toArray(),
                e.reason()));
    String place = place(e.place(), texts);
    return place.isEmpty()
        ? texts.of("watchlist.listFile.refusedNoPlace", e.file(), reason)
        : texts.of("watchlist.listFile.refused", e.file(), place, reason);
  }

  static String place(WatchlistFormatException.Place p, Texts texts) {
    if (p.isEmpty()) {
      return "";
    }
    if (!p.known()) {
      return p.text();
    }
    List<String> parts = new ArrayList<>();
    if (p.line() != null) {
      parts.add(texts.of("watchlist.listFile.place.line", p.line()));
    }
    if (p.column() != null) {
      parts.add(texts.of("watchlist.listFile.place.column", p.column()));
    }
    if (p.part() != null) {
      parts.add(
          p.name() == null
              ? texts.of("watchlist.listFile.place." + p.part())
              : texts.of("watchlist.listFile.place." + p.part(), p.name()));
    }
    return String.join(", ", parts);
  }
}
