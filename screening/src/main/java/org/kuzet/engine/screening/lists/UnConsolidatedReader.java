package org.kuzet.engine.screening.lists;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
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
 * Reads the UN Security Council Consolidated List XML (schema {@code sc-sanctions.xsd}) with the
 * JDK's StAX parser, hardened: no DTD (a DOCTYPE is refused outright), no external entities, the
 * JDK's entity limits, and {@link SourceFile#MAX_BYTES} at most.
 *
 * <p>Each INDIVIDUAL and ENTITY becomes an entry keyed by REFERENCE_NUMBER; FIRST_NAME to
 * FOURTH_NAME form the primary name; NAME_ORIGINAL_SCRIPT, every ALIAS_NAME and the "original
 * script:" form in an alias NOTE become aliases; NATIONALITY values, dates of birth (DATE, YEAR,
 * FROM_YEAR-TO_YEAR) and document NUMBERs are kept.
 */
public final class UnConsolidatedReader {

  private UnConsolidatedReader() {}

  /** Reads the file at {@code path}. */
  public static Watchlist read(Path path, Clock clock) throws WatchlistFormatException {
    byte[] bytes = SourceFile.read(path);
    return parse(bytes, path.getFileName().toString(), path.toString(), clock);
  }

  /** Parses {@code bytes}, naming {@code fileName} in errors. */
  public static Watchlist parse(byte[] bytes, String fileName, String source, Clock clock)
      throws WatchlistFormatException {
    XMLInputFactory factory = SafeXml.factory();
    List<WatchlistEntry> entries = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      boolean sawRoot = false;
      boolean rootClosed = false;
      Set<String> ids = new HashSet<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new WatchlistFormatException(fileName, where(xml), ListFileProblem.DOCTYPE);
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new WatchlistFormatException(
              fileName, where(xml), ListFileProblem.ENTITY_REFERENCE, xml.getLocalName());
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (!sawRoot) {
            if (!name.equals("CONSOLIDATED_LIST")) {
              throw new WatchlistFormatException(
                  fileName, where(xml), ListFileProblem.ROOT_ELEMENT, name, "CONSOLIDATED_LIST");
            }
            sawRoot = true;
          } else if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
            String location = where(xml);
            WatchlistEntry entry = readEntry(xml, name, fileName, location);
            if (!ids.add(entry.id())) {
              throw new WatchlistFormatException(
                  fileName, location, ListFileProblem.DUPLICATE_ID, "REFERENCE_NUMBER", entry.id());
            }
            entries.add(entry);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("CONSOLIDATED_LIST")) {
          rootClosed = true;
        }
      }
      if (!sawRoot || !rootClosed) {
        throw new WatchlistFormatException(
            fileName, "", ListFileProblem.TRUNCATED_XML, "CONSOLIDATED_LIST");
      }
    } catch (XMLStreamException e) {
      throw ParserFailures.xml(fileName, e);
    } finally {
      SafeXml.close(xml);
    }
    if (entries.isEmpty()) {
      throw new WatchlistFormatException(
          fileName, "", ListFileProblem.NO_ENTRIES_OF, "INDIVIDUAL or ENTITY");
    }
    return new Watchlist("UN", SourceFile.sha256(bytes), clock.instant(), source, entries);
  }

  private static WatchlistEntry readEntry(
      XMLStreamReader xml, String element, String file, String location)
      throws XMLStreamException, WatchlistFormatException {
    String[] nameParts = new String[4];
    String reference = null;
    List<String> aliases = new ArrayList<>();
    List<String> nationalities = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<BirthDate> births = new ArrayList<>();
    Deque path = new Deque();
    String fromYear = null;
    String toYear = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new WatchlistFormatException(file, where(xml), ListFileProblem.DTD_OR_ENTITY);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String parent = path.peek();
        path.push(name);
        if (name.endsWith("_DATE_OF_BIRTH")) {
          fromYear = null;
          toYear = null;
        }
        switch (name) {
          case "FIRST_NAME",
              "SECOND_NAME",
              "THIRD_NAME",
              "FOURTH_NAME",
              "REFERENCE_NUMBER",
              "NAME_ORIGINAL_SCRIPT",
              "ALIAS_NAME",
              "VALUE",
              "DATE",
              "YEAR",
              "FROM_YEAR",
              "TO_YEAR",
              "NUMBER",
              "NOTE" -> {
            String text = xml.getElementText().strip();
            path.pop();
            if (text.isEmpty()) {
              continue;
            }
            switch (name) {
              case "FIRST_NAME" -> nameParts[0] = text;
              case "SECOND_NAME" -> nameParts[1] = text;
              case "THIRD_NAME" -> nameParts[2] = text;
              case "FOURTH_NAME" -> nameParts[3] = text;
              case "REFERENCE_NUMBER" -> reference = text;
              case "NAME_ORIGINAL_SCRIPT", "ALIAS_NAME" -> aliases.add(text);
              case "VALUE" -> {
                if ("NATIONALITY".equals(parent)) {
                  nationalities.add(text);
                }
              }
              case "NOTE" -> {
                if (parent != null
                    && parent.endsWith("_ALIAS")
                    && text.toLowerCase().startsWith("original script:")) {
                  aliases.add(text.substring("original script:".length()).strip());
                }
              }
              case "NUMBER" -> {
                if ("INDIVIDUAL_DOCUMENT".equals(parent)) {
                  documents.add(text);
                }
              }
              case "DATE" -> {
                if (parent != null && parent.endsWith("_DATE_OF_BIRTH")) {
                  births.add(parseDate(text, file, xml));
                }
              }
              case "YEAR" -> {
                if (parent != null && parent.endsWith("_DATE_OF_BIRTH")) {
                  births.add(BirthDate.ofYear(year(text, file, xml)));
                }
              }
              case "FROM_YEAR" -> fromYear = text;
              case "TO_YEAR" -> toYear = text;
              default -> {}
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.endsWith("_DATE_OF_BIRTH") && fromYear != null) {
          int from = year(fromYear, file, xml);
          int to = toYear == null ? from : year(toYear, file, xml);
          births.add(new BirthDate(Math.min(from, to), 0, 0, Math.max(from, to)));
          fromYear = null;
        }
        if (name.equals(element)) {
          break;
        }
        path.pop();
      }
    }
    if (reference == null) {
      throw new WatchlistFormatException(
          file, location, ListFileProblem.NO_ID, element, "REFERENCE_NUMBER");
    }
    StringBuilder primary = new StringBuilder();
    for (String p : nameParts) {
      if (p != null) {
        primary.append(primary.length() == 0 ? "" : " ").append(p);
      }
    }
    if (primary.length() == 0) {
      throw new WatchlistFormatException(
          file, location, ListFileProblem.NO_NAME, element, reference, "FIRST_NAME");
    }
    String primaryName = primary.toString();
    aliases.removeIf(a -> a.equalsIgnoreCase(primaryName));
    return new WatchlistEntry(
        reference,
        element.equals("INDIVIDUAL") ? EntryKind.PERSON : EntryKind.ENTITY,
        primaryName,
        aliases.stream().distinct().toList(),
        births,
        nationalities,
        documents);
  }

  private static BirthDate parseDate(String text, String file, XMLStreamReader xml)
      throws WatchlistFormatException {
    try {
      return BirthDate.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      throw new WatchlistFormatException(file, where(xml), ListFileProblem.BAD_DATE, text);
    }
  }

  private static int year(String text, String file, XMLStreamReader xml)
      throws WatchlistFormatException {
    try {
      int y = Integer.parseInt(text.strip());
      if (y < 1800 || y > 2200) {
        throw new NumberFormatException();
      }
      return y;
    } catch (NumberFormatException e) {
      throw new WatchlistFormatException(file, where(xml), ListFileProblem.BAD_YEAR, text);
    }
  }

  private static String where(XMLStreamReader xml) {
    return SafeXml.where(xml);
  }

  /** A tiny element-name stack. */
  private static final class Deque {
    private final ArrayDeque<String> names = new ArrayDeque<>();

    void push(String n) {
      names.push(n);
    }

    @Nullable String pop() {
      return names.isEmpty() ? null : names.pop();
    }

    String peek() {
      return names.peek();
    }
  }
}
