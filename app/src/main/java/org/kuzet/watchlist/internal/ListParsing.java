package org.kuzet.watchlist.internal;

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
   * itself).
   */
  static Watchlist parse(ListUpload upload) throws WatchlistFormatException {
    var files = upload.files();
    Watchlist list =
        switch (upload.format()) {
          case UN_XML ->
              Watchlists.parseUn(files.get("xml").content(), files.get("xml").fileName());
          case OFAC_CSV ->
              Watchlists.parseOfac(
                  files.get("sdn").content(),
                  content(upload, "alt"),
                  content(upload, "add"),
                  content(upload, "comments"),
                  upload.sourceName());
          case NATIONAL_CSV ->
              Watchlists.parseNational(
                  files.get("csv").content(), files.get("csv").fileName(), upload.listName());
          case EU_XML ->
              Watchlists.parseEu(files.get("xml").content(), files.get("xml").fileName());
          case UK_CSV ->
              Watchlists.parseUk(files.get("csv").content(), files.get("csv").fileName());
          case FTM_JSON ->
              Watchlists.parseFollowTheMoney(
                  files.get("json").content(), files.get("json").fileName());
        };
    return list.name().equals(upload.listName()) ? list : list.withName(upload.listName());
  }

  private static byte @Nullable [] content(ListUpload upload, String part) {
    var f = upload.files().get(part);
    return f == null ? null : f.content();
  }
}
