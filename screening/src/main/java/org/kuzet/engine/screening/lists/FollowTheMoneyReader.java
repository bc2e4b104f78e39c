package org.kuzet.engine.screening.lists;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Reads OpenSanctions' FollowTheMoney entity files: JSON lines, one entity per line, {@code {"id":
 * ..., "schema": ..., "properties": {"name": [...], ...}}} — the {@code entities.ftm.json} export
 * of any OpenSanctions dataset or collection (one adapter opens hundreds of public sources).
 * Entities of the schemata {@code Person}, {@code Organization}, {@code Company}, {@code
 * LegalEntity}, {@code PublicBody}, {@code Vessel} and {@code Airplane} become entries; others
 * (Sanction, Address, Identification ...) are skipped. Read properties: {@code name} (the first is
 * the primary name), {@code alias}, {@code weakAlias}, {@code previousName}, {@code birthDate}
 * (YYYY, YYYY-MM or YYYY-MM-DD), {@code nationality} and {@code citizenship} (country codes),
 * {@code idNumber}, {@code passportNumber}, {@code registrationNumber}, {@code taxNumber}, {@code
 * imoNumber}.
 *
 * <p>The file is read line by line: an OpenSanctions collection is far larger than a UN or OFAC
 * file, so the limit is {@link #MAX_BYTES}, and one line may hold at most {@link #MAX_LINE} bytes.
 * A line that is not a JSON object, or an entity without id or name, refuses the file.
 */
public final class FollowTheMoneyReader {

  /** The largest file accepted (the OpenSanctions sanctions collection is a few hundred MB). */
  public static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

  /** The longest entity line accepted. */
  static final int MAX_LINE = 4 * 1024 * 1024;

  private static final Map<String, EntryKind> SCHEMATA =
      Map.of(
          "Person", EntryKind.PERSON,
          "Organization", EntryKind.ENTITY,
          "Company", EntryKind.ENTITY,
          "LegalEntity", EntryKind.ENTITY,
          "PublicBody", EntryKind.ENTITY,
          "Vessel", EntryKind.VESSEL,
          "Airplane", EntryKind.AIRCRAFT);
  private static final List<String> ALIAS_PROPERTIES =
      List.of("alias", "weakAlias", "previousName");
  private static final List<String> DOCUMENT_PROPERTIES =
      List.of("idNumber", "passportNumber", "registrationNumber", "taxNumber", "imoNumber");

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(MAX_LINE)
                      .build())
              .build());

  private FollowTheMoneyReader() {}

  /** Reads the file at {@code path}, streaming. Named "OpenSanctions". */
  public static Watchlist read(Path path, Clock clock) throws WatchlistFormatException {
    String file = path.getFileName().toString();
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new WatchlistFormatException(
            file, "", ListFileProblem.TOO_LARGE, String.valueOf(size), String.valueOf(MAX_BYTES));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return parse(in, file, path.toString(), clock);
      }
    } catch (IOException e) {
      throw new WatchlistFormatException(
          file, "", ListFileProblem.CANNOT_READ, e, String.valueOf(e.getMessage()));
    }
  }

  /** Parses {@code bytes}, naming {@code fileName} in errors. */
  public static Watchlist parse(byte[] bytes, String fileName, String source, Clock clock)
      throws WatchlistFormatException {
    try {
      return parse(new ByteArrayInputStream(bytes), fileName, source, clock);
    } catch (IOException e) {
      throw new WatchlistFormatException(
          fileName, "", ListFileProblem.CANNOT_READ, e, String.valueOf(e.getMessage()));
    }
  }

  private static Watchlist parse(InputStream raw, String file, String source, Clock clock)
      throws IOException, WatchlistFormatException {
    MessageDigest digest = sha256();
    InputStream in = new DigestInputStream(raw, digest);
    List<WatchlistEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    long lineNumber = 0;
    long total = 0;
    byte[] buffer = new byte[65536];
    int n;
    boolean endsWithNewline = true;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > MAX_BYTES) {
        throw new WatchlistFormatException(
            file, "", ListFileProblem.OVER_LIMIT, String.valueOf(MAX_BYTES));
      }
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i - start);
          lineNumber++;
          entity(line, lineNumber, file, ids, entries);
          line.reset();
          start = i + 1;
        }
      }
      line.write(buffer, start, n - start);
      endsWithNewline = n > 0 && buffer[n - 1] == '\n';
      if (line.size() > MAX_LINE) {
        throw new WatchlistFormatException(
            file,
            "line " + (lineNumber + 1),
            ListFileProblem.LINE_TOO_LONG,
            String.valueOf(MAX_LINE));
      }
    }
    if (line.size() > 0) {
      lineNumber++;
      entity(line, lineNumber, file, ids, entries);
    }
    if (entries.isEmpty()) {
      throw new WatchlistFormatException(
          file, "", ListFileProblem.NO_ENTITIES_IN_FILE, "Person, Organization or Company");
    }
    String version = HexFormat.of().formatHex(digest.digest());
    return new Watchlist("OpenSanctions", version, clock.instant(), source, entries);
  }

  private static void entity(
      ByteArrayOutputStream bytes,
      long lineNumber,
      String file,
      Set<String> ids,
      List<WatchlistEntry> entries)
      throws WatchlistFormatException {
    String text = bytes.toString(StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return;
    }
    String where = "line " + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      // the JSON parser's own words are English and technical: kept as the detail behind the
      // worded reason, never inside it
      throw new WatchlistFormatException(
          file,
          where,
          ListFileProblem.NOT_JSON,
          List.of(),
          ListFileProblem.NOT_JSON.english(List.of()),
          e,
          String.valueOf(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new WatchlistFormatException(file, where, ListFileProblem.NOT_JSON_OBJECT);
    }
    EntryKind kind = SCHEMATA.get(node.path("schema").asText(""));
    if (kind == null) {
      return;
    }
    String id = node.path("id").asText("").strip();
    if (id.isEmpty()) {
      throw new WatchlistFormatException(file, where, ListFileProblem.NO_ID, "entity", "id");
    }
    JsonNode props = node.path("properties");
    List<String> names = strings(props, "name");
    if (names.isEmpty()) {
      String caption = node.path("caption").asText("").strip();
      if (caption.isEmpty()) {
        throw new WatchlistFormatException(
            file, where, ListFileProblem.NO_NAME, "entity", id, "name");
      }
      names = List.of(caption);
    }
    if (!ids.add(id)) {
      throw new WatchlistFormatException(
          file, where, ListFileProblem.DUPLICATE_ID, "entity id", id);
    }
    Set<String> aliases = new LinkedHashSet<>(names.subList(1, names.size()));
    for (String p : ALIAS_PROPERTIES) {
      aliases.addAll(strings(props, p));
    }
    aliases.remove(names.get(0));
    List<BirthDate> births = new ArrayList<>();
    for (String d : strings(props, "birthDate")) {
      try {
        births.add(
            d.matches("\\d{4}-\\d{2}")
                ? new BirthDate(
                    Integer.parseInt(d.substring(0, 4)),
                    Integer.parseInt(d.substring(5)),
                    0,
                    Integer.parseInt(d.substring(0, 4)))
                : BirthDate.parse(d));
      } catch (IllegalArgumentException e) {
        throw new WatchlistFormatException(
            file,
            where + ", property birthDate",
            ListFileProblem.BIRTH_DATE,
            List.of(d),
            Objects.requireNonNullElse(e.getMessage(), "unreadable date"),
            e);
      }
    }
    Set<String> nationalities = new LinkedHashSet<>(strings(props, "nationality"));
    nationalities.addAll(strings(props, "citizenship"));
    Set<String> documents = new LinkedHashSet<>();
    for (String p : DOCUMENT_PROPERTIES) {
      documents.addAll(strings(props, p));
    }
    entries.add(
        new WatchlistEntry(
            id,
            kind,
            names.get(0),
            List.copyOf(aliases),
            births,
            List.copyOf(nationalities),
            List.copyOf(documents)));
  }

  /** The string values of a property (FtM properties are arrays of strings). */
  private static List<String> strings(JsonNode props, String name) {
    JsonNode values = props.path(name);
    List<String> out = new ArrayList<>();
    if (values.isArray()) {
      for (JsonNode v : values) {
        if (v.isTextual() && !v.asText().isBlank()) {
          out.add(v.asText().strip());
        }
      }
    } else if (values.isTextual() && !values.asText().isBlank()) {
      out.add(values.asText().strip());
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
