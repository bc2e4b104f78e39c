package org.kuzet.evaluation.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the individuals of the UN Security Council Consolidated List XML. */
final class UnListReader {

  private UnListReader() {}

  static List<ListedIndividual> read(Path file) throws IOException {
    Document document;
    try (InputStream in = Files.newInputStream(file)) {
      document = safeBuilder().parse(in);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("cannot parse " + file, e);
    }
    List<ListedIndividual> individuals = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName("INDIVIDUAL");
    for (int i = 0; i < nodes.getLength(); i++) {
      individuals.add(individual((Element) nodes.item(i)));
    }
    return individuals;
  }

  /** A parser that refuses DTDs and external entities: the list is data, never instructions. */
  private static DocumentBuilder safeBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }

  private static ListedIndividual individual(Element element) {
    List<String> parts =
        List.of(
            text(element, "FIRST_NAME"), text(element, "SECOND_NAME"),
            text(element, "THIRD_NAME"), text(element, "FOURTH_NAME"));
    String listedName = String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
    List<String> aliases = new ArrayList<>();
    for (Element alias : children(element, "INDIVIDUAL_ALIAS")) {
      String value = text(alias, "ALIAS_NAME");
      int original = value.indexOf("(original script:");
      if (original >= 0) {
        aliases.add(value.substring(original + 17).replace(")", "").trim());
        value = value.substring(0, original).trim();
      }
      for (String one : value.split(";")) {
        if (!one.isBlank()) {
          aliases.add(one.trim());
        }
      }
    }
    List<String> birthDates = new ArrayList<>();
    for (Element date : children(element, "INDIVIDUAL_DATE_OF_BIRTH")) {
      String exact = text(date, "DATE");
      String year = text(date, "YEAR").isEmpty() ? text(date, "FROM_YEAR") : text(date, "YEAR");
      if (exact.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        birthDates.add(exact.substring(0, 10));
      } else if (year.matches("\\d{4}")) {
        birthDates.add(year);
      }
    }
    List<String> nationalities = new ArrayList<>();
    for (Element nationality : children(element, "NATIONALITY")) {
      for (Element value : children(nationality, "VALUE")) {
        nationalities.add(value.getTextContent().trim());
      }
    }
    List<String> birthPlaces = new ArrayList<>();
    for (Element place : children(element, "INDIVIDUAL_PLACE_OF_BIRTH")) {
      String joined =
          String.join(
              ", ",
              List.of(text(place, "CITY"), text(place, "STATE_PROVINCE"), text(place, "COUNTRY"))
                  .stream()
                  .filter(p -> !p.isBlank())
                  .toList());
      if (!joined.isEmpty()) {
        birthPlaces.add(joined);
      }
    }
    return new ListedIndividual(
        WatchList.UN,
        text(element, "REFERENCE_NUMBER"),
        listedName,
        LatinName.fromUn(parts),
        text(element, "NAME_ORIGINAL_SCRIPT"),
        aliases,
        birthDates,
        nationalities,
        birthPlaces,
        text(element, "GENDER"));
  }

  private static String text(Element parent, String tag) {
    for (Element child : children(parent, tag)) {
      return child.getTextContent().trim();
    }
    return "";
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(tag)) {
        found.add(child);
      }
    }
    return found;
  }
}
