package org.kuzet.engine.screening;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.lists.DirectoryLoader;
import org.kuzet.engine.screening.lists.EuConsolidatedReader;
import org.kuzet.engine.screening.lists.FollowTheMoneyReader;
import org.kuzet.engine.screening.lists.NationalCsvReader;
import org.kuzet.engine.screening.lists.OfacSdnReader;
import org.kuzet.engine.screening.lists.UkConsolidatedReader;
import org.kuzet.engine.screening.lists.UnConsolidatedReader;

/**
 * Loads watchlists from files. Every loader reads the whole file, checks it and either returns a
 * complete {@link Watchlist} or throws {@link WatchlistFormatException} naming the file, the place
 * (line, element) and the reason — never a partial list, so the caller keeps the version it had.
 * Files above 64 MB are refused; XML with a DOCTYPE or external entity is refused. A list is
 * stamped with the time it was read ({@link Watchlist#loadedAt()}): from the clock passed in, or
 * from the system clock where none is.
 */
public final class Watchlists {

  /**
   * The clock the methods without one stamp {@link Watchlist#loadedAt()} with: the edge default for
   * the command line and tests. The app passes its own clock.
   */
  private static final Clock SYSTEM = Clock.systemUTC();

  private Watchlists() {}

  /** The UN Security Council Consolidated List XML. Named "UN". */
  public static Watchlist loadUn(Path xml) throws WatchlistFormatException {
    return UnConsolidatedReader.read(xml, SYSTEM);
  }

  /** The UN list from bytes (an upload); {@code fileName} is used in error messages. */
  public static Watchlist parseUn(byte[] xml, String fileName) throws WatchlistFormatException {
    return parseUn(xml, fileName, SYSTEM);
  }

  /** The UN list from bytes, stamped with {@code clock}'s time. */
  public static Watchlist parseUn(byte[] xml, String fileName, Clock clock)
      throws WatchlistFormatException {
    return UnConsolidatedReader.parse(xml, fileName, fileName, clock);
  }

  /**
   * OFAC SDN: {@code sdnCsv} plus alt.csv, add.csv and sdn_comments.csv when they sit beside it.
   * Named "OFAC".
   */
  public static Watchlist loadOfac(Path sdnCsv) throws WatchlistFormatException {
    return OfacSdnReader.read(sdnCsv, SYSTEM);
  }

  /** OFAC SDN from bytes; {@code alt}, {@code add} and {@code comments} may be null. */
  public static Watchlist parseOfac(
      byte[] sdn,
      byte @Nullable [] alt,
      byte @Nullable [] add,
      byte @Nullable [] comments,
      String source)
      throws WatchlistFormatException {
    return parseOfac(sdn, alt, add, comments, source, SYSTEM);
  }

  /** OFAC SDN from bytes, stamped with {@code clock}'s time. */
  public static Watchlist parseOfac(
      byte[] sdn,
      byte @Nullable [] alt,
      byte @Nullable [] add,
      byte @Nullable [] comments,
      String source,
      Clock clock)
      throws WatchlistFormatException {
    return OfacSdnReader.parse(sdn, alt, add, comments, source, clock);
  }

  /**
   * A national list CSV with the header {@code id,name,aliases,birth_date,nationality,document}.
   * Named after the file, without ".csv".
   */
  public static Watchlist loadNational(Path csv) throws WatchlistFormatException {
    return NationalCsvReader.read(csv, SYSTEM);
  }

  /** A national list from bytes, named {@code listName}. */
  public static Watchlist parseNational(byte[] csv, String fileName, String listName)
      throws WatchlistFormatException {
    return parseNational(csv, fileName, listName, SYSTEM);
  }

  /** A national list from bytes, named {@code listName}, stamped with {@code clock}'s time. */
  public static Watchlist parseNational(byte[] csv, String fileName, String listName, Clock clock)
      throws WatchlistFormatException {
    return NationalCsvReader.parse(csv, fileName, listName, fileName, clock);
  }

  /**
   * The EU consolidated financial sanctions list, XML format 1.1 (root {@code export}). Named "EU".
   * Download: https://webgate.ec.europa.eu/fsd/fsf (Consolidated list, XML 1.1).
   */
  public static Watchlist loadEu(Path xml) throws WatchlistFormatException {
    return EuConsolidatedReader.read(xml, SYSTEM);
  }

  /** The EU list from bytes; {@code fileName} is used in error messages. */
  public static Watchlist parseEu(byte[] xml, String fileName) throws WatchlistFormatException {
    return parseEu(xml, fileName, SYSTEM);
  }

  /** The EU list from bytes, stamped with {@code clock}'s time. */
  public static Watchlist parseEu(byte[] xml, String fileName, Clock clock)
      throws WatchlistFormatException {
    return EuConsolidatedReader.parse(xml, fileName, fileName, clock);
  }

  /**
   * The UK Consolidated List of Financial Sanctions Targets, CSV ({@code ConList.csv}). Named "UK".
   */
  public static Watchlist loadUk(Path csv) throws WatchlistFormatException {
    return UkConsolidatedReader.read(csv, SYSTEM);
  }

  /** The UK list from bytes; {@code fileName} is used in error messages. */
  public static Watchlist parseUk(byte[] csv, String fileName) throws WatchlistFormatException {
    return parseUk(csv, fileName, SYSTEM);
  }

  /** The UK list from bytes, stamped with {@code clock}'s time. */
  public static Watchlist parseUk(byte[] csv, String fileName, Clock clock)
      throws WatchlistFormatException {
    return UkConsolidatedReader.parse(csv, fileName, fileName, clock);
  }

  /**
   * OpenSanctions FollowTheMoney entities, JSON lines ({@code entities.ftm.json} of a dataset or
   * collection), read as a stream. Named "OpenSanctions".
   */
  public static Watchlist loadFollowTheMoney(Path jsonLines) throws WatchlistFormatException {
    return FollowTheMoneyReader.read(jsonLines, SYSTEM);
  }

  /** FollowTheMoney entities from bytes; {@code fileName} is used in error messages. */
  public static Watchlist parseFollowTheMoney(byte[] jsonLines, String fileName)
      throws WatchlistFormatException {
    return parseFollowTheMoney(jsonLines, fileName, SYSTEM);
  }

  /** FollowTheMoney entities from bytes, stamped with {@code clock}'s time. */
  public static Watchlist parseFollowTheMoney(byte[] jsonLines, String fileName, Clock clock)
      throws WatchlistFormatException {
    return FollowTheMoneyReader.parse(jsonLines, fileName, fileName, clock);
  }

  /**
   * Every list recognised in {@code dir} and its sub-folders (UN XML, EU XML, OFAC sdn.csv sets, UK
   * ConList.csv, FollowTheMoney JSON lines, national CSVs). Lists of the same name are told apart
   * as {@code name@folder}.
   */
  public static List<Watchlist> loadDirectory(Path dir) throws WatchlistFormatException {
    return loadDirectory(dir, SYSTEM);
  }

  /** Every list recognised in {@code dir}, stamped with {@code clock}'s time. */
  public static List<Watchlist> loadDirectory(Path dir, Clock clock)
      throws WatchlistFormatException {
    return DirectoryLoader.load(dir, clock);
  }
}
