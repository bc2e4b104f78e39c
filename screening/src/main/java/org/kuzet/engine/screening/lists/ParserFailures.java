package org.kuzet.engine.screening.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Turns an XML or CSV parser's failure into a refusal with a code, a place and a value the reader's
 * language can word; the parser's English text stays only as the refusal's {@link
 * WatchlistFormatException#detail() detail}. The JDK's XML parser and Commons CSV give no codes,
 * only English sentences: the few common ones are recognised by their words, any other keeps the
 * place (line and column) under the general code.
 */
final class ParserFailures {

  private static final Pattern XML_ENDS_EARLY =
      Pattern.compile(
          "XML document structures must start and end within the same entity"
              + "|Premature end of file");
  private static final Pattern XML_UNDECLARED_ENTITY =
      Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared");
  private static final Pattern XML_END_TAG =
      Pattern.compile(
          "The element type \"([^\"]+)\" must be terminated by the matching end-tag"
              + "|The end-tag for element type \"([^\"]+)\" must end with a '>' delimiter");
  private static final Pattern XML_AFTER_ROOT =
      Pattern.compile("The markup in the document following the root element must be well-formed");
  private static final Pattern CSV_UNCLOSED =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
  private static final Pattern CSV_AFTER_QUOTE =
      Pattern.compile(
          "Invalid character between encapsulated token and delimiter at line: (\\d+),"
              + " position: (\\d+)");

  private ParserFailures() {}

  /** The refusal for a StAX parse error in {@code file}. */
  static WatchlistFormatException xml(String file, XMLStreamException e) {
    String detail = SafeXml.firstLine(e.getMessage()).replaceFirst("^Message: ", "");
    String where = SafeXml.where(e);
    Matcher m;
    if (XML_ENDS_EARLY.matcher(detail).find()) {
      return refusal(file, where, ListFileProblem.XML_ENDS_EARLY, List.of(), e, detail);
    }
    if ((m = XML_UNDECLARED_ENTITY.matcher(detail)).find()) {
      return refusal(
          file, where, ListFileProblem.XML_UNDECLARED_ENTITY, List.of(m.group(1)), e, detail);
    }
    if ((m = XML_END_TAG.matcher(detail)).find()) {
      String element = m.group(1) != null ? m.group(1) : m.group(2);
      return refusal(
          file,
          join(where, "element " + element),
          ListFileProblem.XML_END_TAG_MISMATCH,
          List.of(element),
          e,
          detail);
    }
    if (XML_AFTER_ROOT.matcher(detail).find()) {
      return refusal(file, where, ListFileProblem.XML_AFTER_ROOT, List.of(), e, detail);
    }
    return refusal(file, where, ListFileProblem.MALFORMED_XML, List.of(), e, detail);
  }

  /** The refusal for a CSV parser's failure in {@code file} (its message, unwrapped). */
  static WatchlistFormatException csv(String file, Exception e) {
    Throwable root = e.getCause() != null && e.getCause() != e ? e.getCause() : e;
    String detail = String.valueOf(root.getMessage());
    Matcher m;
    if ((m = CSV_UNCLOSED.matcher(detail)).find()) {
      return refusal(
          file, "line " + m.group(1), ListFileProblem.CSV_UNCLOSED_QUOTE, List.of(), e, detail);
    }
    if ((m = CSV_AFTER_QUOTE.matcher(detail)).find()) {
      return refusal(
          file,
          "line " + m.group(1) + ", column " + m.group(2),
          ListFileProblem.CSV_TEXT_AFTER_QUOTE,
          List.of(),
          e,
          detail);
    }
    return refusal(file, "", ListFileProblem.MALFORMED_CSV, List.of(), e, detail);
  }

  private static WatchlistFormatException refusal(
      String file,
      String where,
      ListFileProblem problem,
      List<String> args,
      @Nullable Throwable cause,
      String detail) {
    return new WatchlistFormatException(
        file, where, problem, args, problem.english(args) + " (" + detail + ")", cause, detail);
  }

  private static String join(String where, String part) {
    return where.isEmpty() ? "" : where + ", " + part;
  }
}
