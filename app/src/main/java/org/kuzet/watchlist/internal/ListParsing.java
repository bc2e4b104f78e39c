package org.kuzet.watchlist.internal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;

/**
 * Parses a list version's files with the screening engine's loaders. A loader either returns the
 * whole list or throws {@link WatchlistFormatException} naming the file, place and reason, so a
 * broken upload never replaces anything.
 */
final class ListParsing {

  private ListParsing() {}

  /**
   * The version, named after its list (the engine names UN, OFAC, EU, UK and OpenSanctions lists
   * itself), stamped with {@code clock}'s time.
   */
  static Watchlist parse(ListUpload upload, Clock clock) throws WatchlistFormatException {
    ListUpload.SourceFile main = upload.main();
    byte[] bytes = main.content();
    String file = main.fileName();
    Watchlist list =
        switch (upload.format()) {
          case UN_XML -> Watchlists.parseUn(bytes, file, clock);
          case OFAC_CSV ->
              Watchlists.parseOfac(
                  bytes,
                  content(upload, "alt"),
                  content(upload, "add"),
                  content(upload, "comments"),
                  upload.sourceName(),
                  clock);
          case NATIONAL_CSV -> Watchlists.parseNational(bytes, file, upload.listName(), clock);
          case EU_XML -> Watchlists.parseEu(bytes, file, clock);
          case UK_CSV -> Watchlists.parseUk(bytes, file, clock);
          case FTM_JSON -> Watchlists.parseFollowTheMoney(bytes, file, clock);
        };
    return list.name().equals(upload.listName()) ? list : list.withName(upload.listName());
  }

  private static byte @Nullable [] content(ListUpload upload, String part) {
    var f = upload.files().get(part);
    return f == null ? null : f.content();
  }
}
