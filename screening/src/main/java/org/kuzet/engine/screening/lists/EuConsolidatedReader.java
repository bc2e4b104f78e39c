package org.kuzet.engine.screening.lists;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Reads the EU Consolidated list of persons, groups and entities subject to EU financial sanctions,
 * XML format 1.1 (root {@code export}, namespace {@code http://eu.europa.ec/fpi/fsd/export}), as
 * the Financial Sanctions Database publishes it.
 *
 * <p>Each {@code sanctionEntity} becomes an entry keyed by its {@code euReferenceNumber} (its
 * {@code logicalId} when that is empty); {@code subjectType code="person"} is a person, anything
 * else an entity. The first {@code nameAlias} gives the primary name ({@code wholeName}, or first,
 * middle and last name), the others aliases; {@code birthdate} elements give dates of birth ({@code
 * birthdate} attribute, else {@code year}), {@code citizenship} nationalities and {@code
 * identification} document numbers. Hardened as the UN reader: a DOCTYPE is refused.
 */
public final class EuConsolidatedReader {

  private EuConsolidatedReader() {}

  /** Reads the file at {@code path}. Named "EU". */
  public static Watchlist read(Path path, Clock clock) throws WatchlistFormatException {
    return parse(SourceFile.read(path), path.getFileName().toString(), path.toString(), clock);
  }

  /** Parses {@code bytes}, naming {@code fileName} in errors. */
  public static Watchlist parse(byte[] bytes, String fileName, String source, Clock clock)
      throws WatchlistFormatException {
    List<WatchlistEntry> entries = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      boolean sawRoot = false;
      boolean rootClosed = false;
      Set<String> ids = new HashSet<>();
      while (xml.hasNext()) {
        int event = xml.next();
        refuseDtd(xml, event, fileName);
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (!sawRoot) {
            if (!name.equals("export")) {
              throw new WatchlistFormatException(
                  fileName, SafeXml.where(xml), ListFileProblem.ROOT_ELEMENT, name, "export");
            }
            sawRoot = true;
          } else if (name.equals("sanctionEntity")) {
            String location = SafeXml.where(xml);
            WatchlistEntry entry = readEntity(xml, fileName, location);
            if (!ids.add(entry.id())) {
              throw new WatchlistFormatException(
                  fileName,
                  location,
                  ListFileProblem.DUPLICATE_ID,
                  "euReferenceNumber",
                  entry.id());
            }
            entries.add(entry);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("export")) {
          rootClosed = true;
        }
      }
      if (!sawRoot || !rootClosed) {
        throw new WatchlistFormatException(fileName, "", ListFileProblem.TRUNCATED_XML, "export");
      }
    } catch (XMLStreamException e) {
      throw ParserFailures.xml(fileName, e);
    } finally {
      SafeXml.close(xml);
    }
    if (entries.isEmpty()) {
      throw new WatchlistFormatException(
          fileName, "", ListFileProblem.NO_ENTRIES_OF, "sanctionEntity");
    }
    return new Watchlist("EU", SourceFile.sha256(bytes), clock.instant(), source, entries);
  }

  private static void refuseDtd(XMLStreamReader xml, int event, String file)
      throws WatchlistFormatException {
    if (event == XMLStreamConstants.DTD) {
      throw new WatchlistFormatException(file, SafeXml.where(xml), ListFileProblem.DOCTYPE);
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new WatchlistFormatException(
          file, SafeXml.where(xml), ListFileProblem.ENTITY_REFERENCE, xml.getLocalName());
    }
  }

  private static WatchlistEntry readEntity(XMLStreamReader xml, String file, String location)
      throws XMLStreamException, WatchlistFormatException {
    String id = attr(xml, "euReferenceNumber");
    if (id.isEmpty()) {
      id = attr(xml, "logicalId");
    }
    if (id.isEmpty()) {
      throw new WatchlistFormatException(
          file,
          location,
          ListFileProblem.NO_ID,
          "sanctionEntity",
          "euReferenceNumber or logicalId");
    }
    EntryKind kind = EntryKind.ENTITY;
    Set<String> names = new LinkedHashSet<>();
    List<BirthDate> births = new ArrayList<>();
    Set<String> nationalities = new LinkedHashSet<>();
    Set<String> documents = new LinkedHashSet<>();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      refuseDtd(xml, event, file);
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      switch (xml.getLocalName()) {
        case "subjectType" -> {
          if (attr(xml, "code").equalsIgnoreCase("person")
              || attr(xml, "classificationCode").equals("P")) {
            kind = EntryKind.PERSON;
          }
        }
        case "nameAlias" -> {
          String whole = attr(xml, "wholeName");
          if (whole.isEmpty()) {
            whole =
                String.join(
                        " ", attr(xml, "firstName"), attr(xml, "middleName"), attr(xml, "lastName"))
                    .replaceAll("\\s+", " ")
                    .strip();
          }
          if (!whole.isEmpty()) {
            names.add(whole);
          }
        }
        case "citizenship" -> {
          String country = attr(xml, "countryDescription");
          if (!country.isEmpty() && !country.equalsIgnoreCase("UNKNOWN")) {
            nationalities.add(country);
          }
        }
        case "identification" -> {
          String number = attr(xml, "number");
          if (!number.isEmpty()) {
            documents.add(number);
          }
        }
        case "birthdate" -> {
          BirthDate birth = birthDate(xml, file);
          if (birth != null) {
            births.add(birth);
          }
        }
        default -> {}
      }
    }
    if (names.isEmpty()) {
      throw new WatchlistFormatException(
          file, location, ListFileProblem.NO_NAME, "sanctionEntity", id, "nameAlias");
    }
    List<String> all = new ArrayList<>(names);
    return new WatchlistEntry(
        id,
        kind,
        all.get(0),
        all.subList(1, all.size()),
        births,
        List.copyOf(nationalities),
        List.copyOf(documents));
  }

  private static @Nullable BirthDate birthDate(XMLStreamReader xml, String file)
      throws WatchlistFormatException {
    String date = attr(xml, "birthdate");
    String year = attr(xml, "year");
    String text = !date.isEmpty() ? date : year;
    if (text.isEmpty()) {
      return null;
    }
    try {
      return BirthDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new WatchlistFormatException(
          file,
          SafeXml.where(xml) + ", element birthdate",
          ListFileProblem.BIRTH_DATE,
          List.of(text),
          Objects.requireNonNullElse(e.getMessage(), "unreadable date"),
          e);
    }
  }

  private static String attr(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }
}
