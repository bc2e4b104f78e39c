package org.kuzet.engine.screening;

import java.nio.file.Path;
import java.util.List;
import org.kuzet.engine.screening.lists.DirectoryLoader;
import org.kuzet.engine.screening.lists.NationalCsvReader;
import org.kuzet.engine.screening.lists.OfacSdnReader;
import org.kuzet.engine.screening.lists.UnConsolidatedReader;

/**
 * Loads watchlists from files. Every loader reads the whole file, checks it and either returns
 * a complete {@link Watchlist} or throws {@link WatchlistFormatException} naming the file, the
 * place (line, element) and the reason — never a partial list, so the caller keeps the version
 * it had. Files above 64 MB are refused; XML with a DOCTYPE or external entity is refused.
 */
public final class Watchlists {

  private Watchlists() {}

  /** The UN Security Council Consolidated List XML. Named "UN". */
  public static Watchlist loadUn(Path xml) throws WatchlistFormatException {
    return UnConsolidatedReader.read(xml);
  }

  /** The UN list from bytes (an upload); {@code fileName} is used in error messages. */
  public static Watchlist parseUn(byte[] xml, String fileName) throws WatchlistFormatException {
    return UnConsolidatedReader.parse(xml, fileName, fileName);
  }

  /**
   * OFAC SDN: {@code sdnCsv} plus alt.csv, add.csv and sdn_comments.csv when they sit beside it.
   * Named "OFAC".
   */
  public static Watchlist loadOfac(Path sdnCsv) throws WatchlistFormatException {
    return OfacSdnReader.read(sdnCsv);
  }

  /** OFAC SDN from bytes; {@code alt}, {@code add} and {@code comments} may be null. */
  public static Watchlist parseOfac(byte[] sdn, byte[] alt, byte[] add, byte[] comments, String source)
      throws WatchlistFormatException {
    return OfacSdnReader.parse(sdn, alt, add, comments, source);
  }

  /**
   * A national list CSV with the header {@code id,name,aliases,birth_date,nationality,document}.
   * Named after the file, without ".csv".
   */
  public static Watchlist loadNational(Path csv) throws WatchlistFormatException {
    return NationalCsvReader.read(csv);
  }

  /** A national list from bytes, named {@code listName}. */
  public static Watchlist parseNational(byte[] csv, String fileName, String listName)
      throws WatchlistFormatException {
    return NationalCsvReader.parse(csv, fileName, listName, fileName);
  }

  /**
   * Every list recognised in {@code dir} and its sub-folders (UN XML, OFAC sdn.csv sets,
   * national CSVs). Lists of the same name are told apart as {@code name@folder}.
   */
  public static List<Watchlist> loadDirectory(Path dir) throws WatchlistFormatException {
    return DirectoryLoader.load(dir);
  }
}
