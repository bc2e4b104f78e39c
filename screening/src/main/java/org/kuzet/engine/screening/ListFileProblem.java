package org.kuzet.engine.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a list file is refused, as a stable code: the application words it in the reader's language
 * from the code and its arguments; {@link #english} words it for the command line and the record.
 * Each constant's English text shows where its arguments go ({0}, {1}, ...).
 */
public enum ListFileProblem {
  /** The bytes are not UTF-8. */
  NOT_UTF8("not UTF-8 text"),
  /** size in bytes, limit in bytes. */
  TOO_LARGE("file is {0} bytes, more than the limit of {1}"),
  /** limit in bytes (the file grew while read). */
  GREW_PAST_LIMIT("file grew past the limit of {0} bytes"),
  /** limit in bytes (a stream read past it). */
  OVER_LIMIT("file is more than the limit of {0} bytes"),
  /** upload size in bytes, limit in bytes. */
  UPLOAD_TOO_LARGE("the upload has {0} bytes, more than the limit of {1}"),
  /** the system's reason. */
  CANNOT_READ("cannot read: {0}"),
  /** none: the path given is not a directory. */
  NOT_A_DIRECTORY("not a directory"),
  /** the system's reason. */
  CANNOT_LIST("cannot list: {0}"),
  /** none: a file the list needs is missing. */
  FILE_MISSING("missing"),
  /** element found, element expected. */
  ROOT_ELEMENT("root element is {0}, expected {1}"),
  /** the identifier's field, its value. */
  DUPLICATE_ID("duplicate {0} {1}"),
  /** the element left open. */
  TRUNCATED_XML("document ends before {0} is closed (truncated?)"),
  /** none: the XML is not well-formed; the parser's own words are the refusal's detail. */
  MALFORMED_XML("malformed XML"),
  /** none. */
  DOCTYPE("a DOCTYPE is not allowed in a list file"),
  /** the entity's name. */
  ENTITY_REFERENCE("entity reference &{0}; is not allowed"),
  /** none. */
  DTD_OR_ENTITY("DTD or entity reference is not allowed"),
  /** what the list holds (element names). */
  NO_ENTRIES_OF("no {0} in the list"),
  /** the entity schemata read. */
  NO_ENTITIES_IN_FILE("no {0} entity in the file"),
  /** none. */
  NO_ENTRIES("no entries"),
  /** the entry's element, the identifier fields it lacks. */
  NO_ID("{0} without {1}"),
  /** the entry's element, its identifier, the name field it lacks. */
  NO_NAME("{0} {1} has no {2}"),
  /** the identifier of the entry. */
  EMPTY_NAME("empty name for id {0}"),
  /** none: no row of a group has a name. */
  NO_NAME_IN_GROUP("no name in any row"),
  /** the field. */
  EMPTY_FIELD("empty {0}"),
  /** the field, the text found. */
  NOT_A_NUMBER("{0} '{1}' is not a number"),
  /** what refers (alias, address), the unknown identifier. */
  UNKNOWN_REFERENCE("{0} of unknown ent_num {1}"),
  /** none. */
  NO_EOF_MARK("no end-of-file mark (0x1A) after the last record: the file is truncated"),
  /** fields the header names, fields the row has. */
  FIELD_COUNT("expected {0} fields, found {1}"),
  /** columns expected, columns found. */
  COLUMN_COUNT("expected {0} columns, found {1}"),
  /** none: the CSV cannot be read; the parser's own words are the refusal's detail. */
  MALFORMED_CSV("malformed CSV"),
  /** the longest line allowed in bytes. */
  LINE_TOO_LONG("line longer than {0} bytes"),
  /** the parser's reason. */
  NOT_JSON("not JSON"),
  /** none. */
  NOT_JSON_OBJECT("expected one JSON object per line"),
  /** the column found, the columns allowed. */
  UNKNOWN_COLUMN("unknown column '{0}' (expected {1})"),
  /** none. */
  HEADER_ID_NAME("header must have the columns id and name"),
  /** none. */
  NO_UK_HEADER("no header row starting with Name 6 (is this the UK ConList.csv?)"),
  /** the column. */
  HEADER_LACKS_COLUMN("header lacks the column {0}"),
  /** the text found. */
  NOT_DMY_DATE("not a dd/mm/yyyy date: '{0}'"),
  /** the text found (the English text is the date reader's own). */
  BIRTH_DATE("not a birth date: '{0}'"),
  /** the text found. */
  BAD_DATE("bad DATE '{0}'"),
  /** the text found. */
  BAD_YEAR("bad year '{0}'"),
  /** none: the XML stops before its elements are closed (the place is where it stops). */
  XML_ENDS_EARLY("the XML ends before its elements are closed (truncated?)"),
  /** the entity's name: an entity reference no DTD declares. */
  XML_UNDECLARED_ENTITY("entity &{0}; is referenced but not declared"),
  /** the element left open: another element's end tag came first. */
  XML_END_TAG_MISMATCH("element {0} is not closed by its end tag </{0}>"),
  /** none: the text after the root element is not well-formed. */
  XML_AFTER_ROOT("text after the end of the root element"),
  /** none: a quoted CSV field is never closed (the place is the line it opens on). */
  CSV_UNCLOSED_QUOTE("a quoted field is never closed"),
  /** none: a character follows a closing quote before the next comma. */
  CSV_TEXT_AFTER_QUOTE("text after a closing quote before the next comma"),
  /** the reason as written (no code was given). */
  OTHER("{0}");

  private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

  private final String english;

  ListFileProblem(String english) {
    this.english = english;
  }

  /** The English text with {@code args} in their places. */
  public String english(List<String> args) {
    Matcher m = ARG.matcher(english);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(i < args.size() ? args.get(i) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
