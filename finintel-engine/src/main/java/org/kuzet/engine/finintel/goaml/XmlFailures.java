package org.kuzet.engine.finintel.goaml;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.kuzet.engine.finintel.io.InputRejectedException;

/**
 * Turns the JDK XML parser's failure on a goAML report into a refusal with a code and its values
 * (line, then column, entity or element), so the application words it in the reader's language. The
 * parser gives no codes, only English sentences: the common ones are recognised by their words, any
 * other keeps its line and column under {@code GOAML_XML_AT}. The parser's sentence stays in the
 * refusal's English message, as its technical detail.
 */
final class XmlFailures {

  private static final Pattern ENDS_EARLY =
      Pattern.compile(
          "XML document structures must start and end within the same entity"
              + "|Premature end of file");
  private static final Pattern UNDECLARED_ENTITY =
      Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared");
  private static final Pattern END_TAG =
      Pattern.compile(
          "The element type \"([^\"]+)\" must be terminated by the matching end-tag"
              + "|The end-tag for element type \"([^\"]+)\" must end with a '>' delimiter");

  private XmlFailures() {}

  static InputRejectedException refusal(XMLStreamException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.toString());
    // the JDK puts "ParseError at [row,col]" before the reason itself
    int m = message.indexOf("Message: ");
    String reason = m < 0 ? message.strip() : message.substring(m + "Message: ".length()).strip();
    if (e.getLocation() == null) {
      return new InputRejectedException(
          "GOAML_MALFORMED", List.of(reason), "goAML: malformed XML: " + reason, e);
    }
    String line = Integer.toString(e.getLocation().getLineNumber());
    String column = Integer.toString(e.getLocation().getColumnNumber());
    String english = "goAML: malformed XML at line " + line + ": " + reason;
    Matcher found;
    if (ENDS_EARLY.matcher(reason).find()) {
      return new InputRejectedException("GOAML_XML_ENDS_EARLY", List.of(line), english, e);
    }
    if ((found = UNDECLARED_ENTITY.matcher(reason)).find()) {
      return new InputRejectedException("GOAML_ENTITY", List.of(found.group(1), line), english, e);
    }
    if ((found = END_TAG.matcher(reason)).find()) {
      String element = found.group(1) != null ? found.group(1) : found.group(2);
      return new InputRejectedException("GOAML_XML_END_TAG", List.of(line, element), english, e);
    }
    return new InputRejectedException("GOAML_XML_AT", List.of(line, column), english, e);
  }
}
