package org.kuzet.engine.finintel.goaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The goAML 5.0.1 report schema (UNODC goAML; shipped beside this class with its source note,
 * {@code goAMLSchema-5.0.1.SOURCE.md}), and validation of a written report against it with the
 * JDK's XML Schema validator. The schema declares {@code vc:minVersion="1.1"} but holds only XML
 * Schema 1.0 constructs, and the JDK's 1.0 validator accepts it as it is.
 *
 * <p>Secure processing is on and no external DTD, schema or entity is ever fetched: the schema is
 * read from the class path and a report's DOCTYPE is refused before validation.
 */
public final class GoAmlSchema {

  static final String RESOURCE = "goAMLSchema-5.0.1.xsd";

  private static final Schema SCHEMA = load();

  private GoAmlSchema() {}

  /** Where a report breaks the schema: the line and the element being read, and why. */
  public record Violation(int line, String element, String message) {
    @Override
    public String toString() {
      return "line " + line + ", element <" + element + ">: " + message;
    }
  }

  /** The report is not a valid goAML 5.0.1 document; {@link #violations()} says where. */
  public static final class InvalidReportException extends Exception {
    private final transient List<Violation> violations;

    InvalidReportException(List<Violation> violations) {
      super(
          "the goAML report does not follow the goAML 5.0.1 schema: "
              + violations.get(0)
              + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
      this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
      return violations;
    }

    /** The element of the first violation, e.g. {@code rentity_id}. */
    public String element() {
      return violations.get(0).element();
    }
  }

  /**
   * Checks a written report against the schema.
   *
   * @throws InvalidReportException naming each element at fault (the first 20)
   */
  public static void validate(byte[] xml) throws InvalidReportException {
    XMLInputFactory inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Violation> violations = new ArrayList<>();
    XMLStreamReader reader;
    try {
      reader = inputs.createXMLStreamReader(new ByteArrayInputStream(xml));
    } catch (XMLStreamException e) {
      throw new InvalidReportException(
          List.of(
              new Violation(
                  0, "report", Objects.requireNonNullElse(e.getMessage(), e.toString()))));
    }
    // The element the reader stands on when the validator complains: the one at fault.
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              if (violations.size() < 20) {
                violations.add(
                    new Violation(
                        e.getLineNumber(),
                        current(reader),
                        Objects.requireNonNullElse(e.getMessage(), e.toString())));
              }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              violations.add(
                  new Violation(
                      e.getLineNumber(),
                      current(reader),
                      Objects.requireNonNullElse(e.getMessage(), e.toString())));
              throw e;
            }
          });
      validator.validate(new StAXSource(reader));
    } catch (SAXException e) {
      if (violations.isEmpty()) {
        violations.add(
            new Violation(0, "report", Objects.requireNonNullElse(e.getMessage(), e.toString())));
      }
    } catch (IOException | RuntimeException e) {
      violations.add(
          new Violation(
              0,
              current(reader),
              String.valueOf(Objects.requireNonNullElse(e.getMessage(), e.toString()))));
    }
    if (!violations.isEmpty()) {
      throw new InvalidReportException(violations);
    }
  }

  private static String current(XMLStreamReader reader) {
    try {
      return reader.hasName() ? reader.getLocalName() : "report";
    } catch (IllegalStateException e) {
      return "report";
    }
  }

  private static Schema load() {
    try (InputStream in = GoAmlSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("the goAML schema cannot be read: " + e.getMessage(), e);
    }
  }
}
