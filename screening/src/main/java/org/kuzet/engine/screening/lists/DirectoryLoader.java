package org.kuzet.engine.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Finds and loads every list file it recognises under a directory (four levels deep at most): an
 * XML file whose root is CONSOLIDATED_LIST (UN) or {@code export} with sanctionEntity elements
 * (EU), a {@code sdn.csv} with its siblings (OFAC), a CSV with the UK's {@code Name 6} column, a
 * {@code .json}/{@code .jsonl} file of FollowTheMoney entities (OpenSanctions), and a CSV whose
 * header starts with {@code id,name} (national list). Other files are ignored. When several lists
 * get the same name, each is told apart by its folder: {@code OFAC@folder}.
 */
public final class DirectoryLoader {

  private static final int MAX_DEPTH = 4;

  private DirectoryLoader() {}

  /** Loads every recognised list; refuses the whole directory if one recognised file is bad. */
  public static List<Watchlist> load(Path dir, Clock clock) throws WatchlistFormatException {
    if (!Files.isDirectory(dir)) {
      throw new WatchlistFormatException(dir.toString(), "", ListFileProblem.NOT_A_DIRECTORY);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new WatchlistFormatException(
          dir.toString(), "", ListFileProblem.CANNOT_LIST, e, String.valueOf(e.getMessage()));
    }
    List<Watchlist> lists = new ArrayList<>();
    List<Path> origins = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      Watchlist list = null;
      if (name.endsWith(".xml") && startsWith(f, "CONSOLIDATED_LIST")) {
        list = UnConsolidatedReader.read(f, clock);
      } else if (name.endsWith(".xml")
          && startsWith(f, "export")
          && head(f, 4096).contains("sanctionEntity")) {
        list = EuConsolidatedReader.read(f, clock);
      } else if ((name.endsWith(".json") || name.endsWith(".jsonl"))
          && head(f, 4096).contains("\"schema\"")) {
        list = FollowTheMoneyReader.read(f, clock);
      } else if (name.endsWith(".csv") && head(f, 1024).contains("Name 6")) {
        list = UkConsolidatedReader.read(f, clock);
      } else if (name.equals("sdn.csv")) {
        list = OfacSdnReader.read(f, clock);
      } else if (name.endsWith(".csv") && !isOfacPart(name) && headerIsNational(f)) {
        list = NationalCsvReader.read(f, clock);
      }
      if (list != null) {
        lists.add(list);
        origins.add(f);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Watchlist l : lists) {
      counts.merge(l.name(), 1, Integer::sum);
    }
    List<Watchlist> named = new ArrayList<>(lists.size());
    for (int i = 0; i < lists.size(); i++) {
      Watchlist l = lists.get(i);
      if (counts.getOrDefault(l.name(), 0) > 1) {
        Path parent = origins.get(i).toAbsolutePath().getParent();
        l = l.withName(l.name() + "@" + (parent == null ? "" : parent.getFileName()));
      }
      named.add(l);
    }
    return named;
  }

  private static boolean isOfacPart(String name) {
    return name.equals("alt.csv") || name.equals("add.csv") || name.equals("sdn_comments.csv");
  }

  private static boolean startsWith(Path f, String rootElement) throws WatchlistFormatException {
    String head = head(f, 4096);
    return head.contains("<" + rootElement);
  }

  private static boolean headerIsNational(Path f) throws WatchlistFormatException {
    String head = head(f, 1024);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    int nl = head.indexOf('\n');
    String first =
        (nl < 0 ? head : head.substring(0, nl)).strip().toLowerCase(Locale.ROOT).replace("\"", "");
    return first.startsWith("id,name");
  }

  private static String head(Path f, int bytes) throws WatchlistFormatException {
    try (InputStream in = Files.newInputStream(f)) {
      return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WatchlistFormatException(
          f.getFileName().toString(),
          "",
          ListFileProblem.CANNOT_READ,
          e,
          String.valueOf(e.getMessage()));
    }
  }
}
