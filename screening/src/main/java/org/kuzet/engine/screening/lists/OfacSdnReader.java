package org.kuzet.engine.screening.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Reads OFAC's legacy SDN CSV set: {@code sdn.csv} (12 columns: ent_num, name, type, program,
 * title, call sign, vessel type, tonnage, GRT, flag, owner, remarks; no header; {@code -0-} for
 * empty) with, when present beside it, {@code alt.csv} (aliases), {@code add.csv} (addresses,
 * checked for shape and orphans only) and {@code sdn_comments.csv} (remarks overflow).
 *
 * <p>Aliases, dates of birth, nationalities and document numbers are also read from the remarks
 * ("a.k.a. 'X'", "DOB 10 Dec 1948", "nationality Iran", "Passport 1084010 (Egypt)"), which is all a
 * lone sdn.csv offers. OFAC ends each file with the DOS end-of-file mark 0x1A; a sdn.csv, alt.csv
 * or add.csv without it is refused as truncated.
 */
public final class OfacSdnReader {

  private static final char EOF_MARK = 0x1A;
  private static final Pattern AKA = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s+'([^']{2,200})'");
  private static final Pattern DOB = Pattern.compile("^(?:alt\\. )?DOB (.+)$");
  private static final Pattern NATIONALITY =
      Pattern.compile("^(?:alt\\. )?(?:nationality|citizen) (.+)$");
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "^(?:alt\\. )?(?:Passport|National ID No\\.|Cedula No\\.|Identification Number|Tax ID No\\."
              + "|Driver's License No\\.|National Foreign ID Number|Birth Certificate Number|SSN"
              + "|Personal ID Card|Residency Number|C\\.U\\.R\\.P\\. #|RFC|NIT #|RUC #|D\\.N\\.I\\.|Kenyan ID No\\."
              + "|Immigration No\\.|Stateless Person ID Card|Refugee ID Card|Identity Card|Travel Document Number"
              + "|Diplomatic Passport|Matricula Mercantil No|Registration Number|IMO|MMSI) "
              + "([A-Za-z0-9][A-Za-z0-9 /.-]*?)(?: \\(.*\\))?\\.?$");

  private OfacSdnReader() {}

  /** Reads the set in {@code dir} (which must hold sdn.csv). */
  public static Watchlist readDirectory(Path dir, Clock clock) throws WatchlistFormatException {
    Path sdn = dir.resolve("sdn.csv");
    if (!Files.isRegularFile(sdn)) {
      throw new WatchlistFormatException(
          dir.getFileName() + "/sdn.csv", "", ListFileProblem.FILE_MISSING);
    }
    return read(sdn, clock);
  }

  /** Reads {@code sdn} and whichever of alt.csv, add.csv, sdn_comments.csv sit beside it. */
  public static Watchlist read(Path sdn, Clock clock) throws WatchlistFormatException {
    Path absolute = sdn.toAbsolutePath();
    byte[] sdnBytes = SourceFile.read(sdn);
    byte[] altBytes = optional(absolute.resolveSibling("alt.csv"));
    byte[] addBytes = optional(absolute.resolveSibling("add.csv"));
    byte[] commentBytes = optional(absolute.resolveSibling("sdn_comments.csv"));
    Watchlist list = parse(sdnBytes, altBytes, addBytes, commentBytes, sdn.toString(), clock);
    return list;
  }

  private static byte @Nullable [] optional(Path p) throws WatchlistFormatException {
    return Files.isRegularFile(p) ? SourceFile.read(p) : null;
  }

  /** Parses the set; the optional parts may be null. */
  public static Watchlist parse(
      byte[] sdn,
      byte @Nullable [] alt,
      byte @Nullable [] add,
      byte @Nullable [] comments,
      String source,
      Clock clock)
      throws WatchlistFormatException {
    Map<String, String> extraRemarks = new HashMap<>();
    if (comments != null) {
      for (Row r : rows(comments, "sdn_comments.csv", 2, false)) {
        extraRemarks.merge(r.fields.get(0), r.fields.get(1), String::concat);
      }
    }
    Map<String, Builder> byId = new LinkedHashMap<>();
    for (Row r : rows(sdn, "sdn.csv", 12, true)) {
      String id = r.fields.get(0);
      if (!id.matches("\\d+")) {
        throw new WatchlistFormatException(
            "sdn.csv", "line " + r.line, ListFileProblem.NOT_A_NUMBER, "ent_num", id);
      }
      String name = r.fields.get(1);
      if (name.isEmpty()) {
        throw new WatchlistFormatException(
            "sdn.csv", "line " + r.line, ListFileProblem.NO_NAME, "entry", id, "name");
      }
      if (byId.containsKey(id)) {
        throw new WatchlistFormatException(
            "sdn.csv", "line " + r.line, ListFileProblem.DUPLICATE_ID, "ent_num", id);
      }
      Builder b = new Builder(id, name, kind(r.fields.get(2)));
      String remarks = r.fields.get(11) + extraRemarks.getOrDefault(id, "");
      b.remarks(remarks);
      if (b.kind == EntryKind.VESSEL && !r.fields.get(5).isEmpty()) {
        b.documents.add(r.fields.get(5)); // call sign
      }
      byId.put(id, b);
    }
    if (byId.isEmpty()) {
      throw new WatchlistFormatException("sdn.csv", "", ListFileProblem.NO_ENTRIES);
    }
    if (alt != null) {
      for (Row r : rows(alt, "alt.csv", 5, true)) {
        Builder b = byId.get(r.fields.get(0));
        if (b == null) {
          throw new WatchlistFormatException(
              "alt.csv",
              "line " + r.line,
              ListFileProblem.UNKNOWN_REFERENCE,
              "alias",
              r.fields.get(0));
        }
        if (!r.fields.get(3).isEmpty()) {
          b.aliases.add(r.fields.get(3));
        }
      }
    }
    if (add != null) {
      for (Row r : rows(add, "add.csv", 6, true)) {
        if (!byId.containsKey(r.fields.get(0))) {
          throw new WatchlistFormatException(
              "add.csv",
              "line " + r.line,
              ListFileProblem.UNKNOWN_REFERENCE,
              "address",
              r.fields.get(0));
        }
      }
    }
    List<WatchlistEntry> entries = new ArrayList<>(byId.size());
    for (Builder b : byId.values()) {
      entries.add(b.build());
    }
    byte[] empty = new byte[0];
    String version =
        SourceFile.sha256(
            sdn,
            alt == null ? empty : alt,
            add == null ? empty : add,
            comments == null ? empty : comments);
    return new Watchlist("OFAC", version, clock.instant(), source, entries);
  }

  private static EntryKind kind(String type) {
    return switch (type.toLowerCase()) {
      case "individual" -> EntryKind.PERSON;
      case "vessel" -> EntryKind.VESSEL;
      case "aircraft" -> EntryKind.AIRCRAFT;
      case "" -> EntryKind.ENTITY;
      default -> EntryKind.UNKNOWN;
    };
  }

  private record Row(long line, List<String> fields) {}

  private static List<Row> rows(byte[] bytes, String file, int columns, boolean requireEofMark)
      throws WatchlistFormatException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == EOF_MARK) {
      text = text.substring(0, end - 1);
    } else if (requireEofMark) {
      throw new WatchlistFormatException(file, "end of file", ListFileProblem.NO_EOF_MARK);
    }
    List<Row> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() != columns) {
          throw new WatchlistFormatException(
              file,
              "line " + r.getRecordNumber(),
              ListFileProblem.COLUMN_COUNT,
              String.valueOf(columns),
              String.valueOf(r.size()));
        }
        List<String> fields = new ArrayList<>(columns);
        for (String f : r) {
          String v = f.strip();
          fields.add(v.equals("-0-") ? "" : v);
        }
        out.add(new Row(r.getRecordNumber(), fields));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw ParserFailures.csv(file, e);
    } catch (IOException e) {
      throw ParserFailures.csv(file, e);
    }
    return out;
  }

  private static final class Builder {
    final String id;
    final String name;
    final EntryKind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<BirthDate> births = new ArrayList<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<String> documents = new LinkedHashSet<>();

    Builder(String id, String name, EntryKind kind) {
      this.id = id;
      this.name = name;
      this.kind = kind;
    }

    void remarks(String remarks) {
      if (remarks.isEmpty()) {
        return;
      }
      Matcher aka = AKA.matcher(remarks);
      while (aka.find()) {
        aliases.add(aka.group(1).strip());
      }
      for (String part : remarks.split(";")) {
        String p = part.strip();
        if (p.endsWith(".")) {
          p = p.substring(0, p.length() - 1);
        }
        Matcher m = DOB.matcher(p);
        if (m.matches()) {
          try {
            births.add(BirthDate.parse(m.group(1)));
          } catch (IllegalArgumentException e) {
            // an unusual date wording in free remarks: the date is left out, the entry stays
          }
          continue;
        }
        m = NATIONALITY.matcher(p);
        if (m.matches()) {
          nationalities.add(m.group(1).strip());
          continue;
        }
        m = DOCUMENT.matcher(p);
        if (m.matches()) {
          documents.add(m.group(1).strip());
        }
      }
    }

    WatchlistEntry build() {
      aliases.remove(name);
      return new WatchlistEntry(
          id,
          kind,
          name,
          List.copyOf(aliases),
          births,
          List.copyOf(nationalities),
          List.copyOf(documents));
    }
  }
}
