package org.kuzet.watchlist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./kuzet lists import [--list NAME] [--format F] [--activate] FILE…}: loads list files as
 * new list versions through {@link WatchlistManagement#upload}, the same path as the upload page
 * (same parsing, limits and audit entry, recorded as a system action), for installations that
 * cannot reach the lists' publishers. Runs before anything else (no demo data is created), prints
 * what it stored and exits: 0 when every list was stored, 1 when a file was refused, 2 on a usage
 * error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "kuzet.command", havingValue = "lists-import")
class ListsImportCommand implements ApplicationRunner {

  static final String USAGE =
      "usage: ./kuzet lists import [--list NAME] [--format UN_XML|OFAC_CSV|NATIONAL_CSV|...]"
          + " [--activate] FILE...";

  /** OFAC's files by their usual names, also with a prefix: sdn.csv, ofac-2021-sdn.csv, ... */
  private static final Pattern OFAC_PART =
      Pattern.compile("(?:.*[-_.])?(sdn_comments|sdn|alt|add)\\.csv");

  private final WatchlistManagement management;
  private final WatchlistSettings settings;
  private final ConfigurableApplicationContext context;

  ListsImportCommand(
      WatchlistManagement management,
      WatchlistSettings settings,
      ConfigurableApplicationContext context) {
    this.management = management;
    this.settings = settings;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    String cwd = System.getenv("KUZET_CWD");
    int code =
        run(List.of(args.getSourceArgs()), Path.of(cwd == null ? "" : cwd), System.out, System.err);
    System.exit(SpringApplication.exit(context, () -> code));
  }

  /** The options and files given; Spring's own options are skipped. */
  record Options(
      @Nullable String list, @Nullable ListFormat format, boolean activate, List<Path> files) {}

  static Options parse(List<String> args, Path cwd) {
    String list = null;
    ListFormat format = null;
    boolean activate = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean inline = arg.contains("=");
      String value =
          inline ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : "";
      switch (name) {
        case "--list" -> {
          list = value.strip();
          i += inline ? 0 : 1;
        }
        case "--format" -> {
          format = format(value);
          i += inline ? 0 : 1;
        }
        case "--activate" -> activate = true;
        default -> {
          if (!arg.startsWith("--")) {
            files.add(cwd.resolve(arg).toAbsolutePath().normalize());
          }
        }
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no list file given");
    }
    return new Options(list, format, activate, files);
  }

  private static ListFormat format(String value) {
    try {
      return ListFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--format must be one of " + List.of(ListFormat.values()) + ", not '" + value + "'");
    }
  }

  int run(List<String> args, Path cwd, PrintStream out, PrintStream err) {
    List<ListUpload> uploads;
    boolean activate;
    try {
      Options o = parse(args, cwd);
      activate = o.activate();
      uploads = uploads(o, settings.maxUploadBytes());
    } catch (IllegalArgumentException e) {
      err.println("lists import: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("lists import: cannot read " + e.getMessage());
      return 1;
    }
    int code = 0;
    List<Long> stored = new ArrayList<>();
    for (ListUpload upload : uploads) {
      try {
        var result = management.upload(upload, null);
        var v = result.version();
        if (result.alreadyStored()) {
          out.printf(
              "%s: these files are already stored as version %d (%s); nothing added%n",
              v.listName(), v.seqNo(), v.status());
        } else {
          out.printf(
              "%s: version %d stored from %s: %,d entries, sha256 %s; against the active version"
                  + " %,d added, %,d changed, %,d removed%n",
              v.listName(),
              v.seqNo(),
              v.sourceName(),
              v.entryCount(),
              v.shortSha(),
              v.addedCount(),
              v.changedCount(),
              v.removedCount());
        }
        if (!v.active()) {
          stored.add(v.id());
        }
      } catch (WatchlistFormatException e) {
        management.recordRefusal(upload.listName(), upload.sourceName(), e);
        err.println(
            "lists import: " + upload.listName() + " refused, nothing stored: " + e.getMessage());
        code = 1;
      } catch (IllegalArgumentException e) {
        err.println(
            "lists import: " + upload.listName() + " refused, nothing stored: " + e.getMessage());
        code = 1;
      }
    }
    if (activate && !stored.isEmpty()) {
      management.activateAll(stored);
      out.printf("activated %d version(s); screening uses them now%n", stored.size());
    } else if (!stored.isEmpty()) {
      out.println(
          "stored as STAGED: compare and activate them at /watchlists, or run again with --activate");
    }
    return code;
  }

  /** Groups the files into one upload per list. */
  static List<ListUpload> uploads(Options o, long maxBytes) throws IOException {
    Map<String, ListFormat> formats = new LinkedHashMap<>();
    Map<String, Map<String, ListUpload.SourceFile>> files = new LinkedHashMap<>();
    for (Path file : o.files()) {
      String fileName = file.getFileName().toString();
      String plain = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
      ListFormat format = o.format() != null ? o.format() : detect(fileName, plain);
      String part = part(format, fileName, plain);
      String list = o.list() != null ? o.list() : defaultName(format, plain);
      ListFormat before = formats.putIfAbsent(list, format);
      if (before != null && before != format) {
        throw new IllegalArgumentException(
            fileName + " is " + format + " but list " + list + " already has " + before + " files");
      }
      var parts = files.computeIfAbsent(list, k -> new LinkedHashMap<>());
      if (parts.containsKey(part)) {
        throw new IllegalArgumentException(
            "two files for the "
                + part
                + " part of list "
                + list
                + ": "
                + parts.get(part).fileName()
                + " and "
                + fileName);
      }
      parts.put(
          part,
          new ListUpload.SourceFile(fileName.replaceFirst("(?i)\\.gz$", ""), read(file, maxBytes)));
    }
    List<ListUpload> out = new ArrayList<>();
    files.forEach(
        (list, parts) ->
            out.add(
                new ListUpload(
                    list,
                    Objects.requireNonNull(formats.get(list), "every list read has a format"),
                    parts)));
    return out;
  }

  private static ListFormat detect(String fileName, String plain) {
    if (plain.endsWith(".xml")) {
      return ListFormat.UN_XML;
    }
    if (OFAC_PART.matcher(plain).matches()) {
      return ListFormat.OFAC_CSV;
    }
    if (plain.endsWith(".csv")) {
      return ListFormat.NATIONAL_CSV;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of "
            + fileName
            + ": name it *.xml (UN list), sdn.csv, alt.csv,"
            + " add.csv or sdn_comments.csv (OFAC) or *.csv (national list), or give --format");
  }

  private static String part(ListFormat format, String fileName, String plain) {
    if (format.parts().size() == 1) {
      return format.mainPart();
    }
    if (format == ListFormat.OFAC_CSV) {
      Matcher m = OFAC_PART.matcher(plain);
      if (m.matches()) {
        return m.group(1).equals("sdn_comments") ? "comments" : m.group(1);
      }
    }
    throw new IllegalArgumentException(
        "cannot tell which part of a "
            + format
            + " list "
            + fileName
            + " is: name it after one of "
            + format.parts());
  }

  private static String defaultName(ListFormat format, String plain) {
    return switch (format) {
      case UN_XML -> "UN";
      case OFAC_CSV -> "OFAC";
      default -> {
        String stem =
            plain
                .replaceFirst("\\.[a-z0-9]+$", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9_-]", "-");
        yield stem.length() > 40 ? stem.substring(0, 40) : stem;
      }
    };
  }

  /**
   * The file's bytes, a {@code .gz} file decompressed; one byte past the upload limit at most, so
   * that an oversize file (or a compressed bomb) is refused by the upload's size check, not by
   * running out of memory.
   */
  private static byte[] read(Path file, long maxBytes) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is not a readable file");
    }
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw)
                : raw) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
