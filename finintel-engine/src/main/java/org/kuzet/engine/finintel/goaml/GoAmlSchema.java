package org.kuzet.engine.finintel.goaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** What kind of break the validator found, so the application can word it. */
  public enum Kind {
    /** An element the schema does not allow here; values: the element, the elements expected. */
    UNEXPECTED_ELEMENT,
    /** An element lacks a required child; values: the element, the children expected. */
    MISSING_ELEMENT,
    /** A value its type refuses; values: the element, the value. */
    INVALID_VALUE,
    /** Anything else; values: none (the validator's text is the only account). */
    OTHER
  }

  /**
   * Where a report breaks the schema: the line and the element being read, and why, as a {@link
   * Kind} with its values and as the validator's own English text ({@code message}, a technical
   * detail).
   */
  public record Violation(
      int line, String element, String message, Kind kind, List<String> values) {

    public Violation {
      values = List.copyOf(values);
    }

    /** Classifies the validator's {@code cvc-*} message. */
    static Violation of(int line, String element, String message) {
      Matcher m = UNEXPECTED.matcher(message);
      if (m.find()) {
        return new Violation(
            line, m.group(1), message, Kind.UNEXPECTED_ELEMENT, List.of(m.group(1), names(m)));
      }
      m = INCOMPLETE.matcher(message);
      if (m.find()) {
        return new Violation(
            line, m.group(1), message, Kind.MISSING_ELEMENT, List.of(m.group(1), names(m)));
      }
      m = VALUE.matcher(message);
      if (m.find()) {
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        return new Violation(line, element, message, Kind.INVALID_VALUE, List.of(element, value));
      }
      return new Violation(line, element, message, Kind.OTHER, List.of());
    }

    /** The expected names of a "One of '{...}' is expected" clause, without namespaces. */
    private static String names(Matcher m) {
      String list = m.group(2) == null ? "" : m.group(2);
      return list.replaceAll("\"[^\"]*\":", "").replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
      return "line " + line + ", element <" + element + ">: " + message;
    }
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile(
          "^cvc-complex-type\\.2\\.4\\.[ad]: .*? element '(?:\\{[^}]*\\}:)?([^']+)'\\."
              + "(?: One of '\\{(.*)\\}' is expected)?");
  private static final Pattern INCOMPLETE =
      Pattern.compile(
          "^cvc-complex-type\\.2\\.4\\.b: .*? element '([^']+)' is not complete\\."
              + "(?: One of '\\{(.*)\\}' is expected)?");
  private static final Pattern VALUE =
      Pattern.compile(
          "^cvc-(?:datatype-valid|pattern-valid|enumeration-valid|length-valid|minLength-valid"
              + "|maxLength-valid|minInclusive-valid|maxInclusive-valid|minExclusive-valid"
              + "|maxExclusive-valid|totalDigits-valid|fractionDigits-valid|type\\.3\\.1\\.3)"
              + "[^:]*: (?:Value '([^']*)'|.*?'([^']*)')");

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
              Violation.of(0, "report", Objects.requireNonNullElse(e.getMessage(), e.toString()))));
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
                    Violation.of(
                        e.getLineNumber(),
                        current(reader),
                        Objects.requireNonNullElse(e.getMessage(), e.toString())));
              }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              violations.add(
                  Violation.of(
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
            Violation.of(0, "report", Objects.requireNonNullElse(e.getMessage(), e.toString())));
      }
    } catch (IOException | RuntimeException e) {
      violations.add(
          Violation.of(
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
