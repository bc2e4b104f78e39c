package org.kuzet.engine.screening;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A list file that cannot be trusted: malformed, truncated, oversized or hostile (a DOCTYPE or
 * external entity in XML). Nothing of such a file is returned; whatever version was active stays
 * active.
 *
 * <p>Why is kept twice: as a {@link ListFileProblem} code with its arguments (for a page in the
 * reader's language) and as English text (the message, for the command line and the record).
 */
public class WatchlistFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private static final Pattern LINE =
      Pattern.compile(
          "line (\\d+(?:-\\d+)?)(?:, column (\\d+))?(?:, (element|field|property) (.+))?");
  private static final Pattern GROUP = Pattern.compile("Group ID (.+)");

  private final String file;
  private final String location;
  private final String reason;
  private final ListFileProblem problem;
  private final List<String> args;
  private final String detail;

  /**
   * A refusal without a code ({@link ListFileProblem#OTHER}, the reason its one argument).
   *
   * @param file the file name
   * @param location where in the file (for example "line 12", "line 40, column 7, element
   *     INDIVIDUAL"); may be empty
   * @param reason what is wrong
   */
  public WatchlistFormatException(String file, String location, String reason) {
    this(file, location, reason, null);
  }

  public WatchlistFormatException(
      String file, String location, String reason, @Nullable Throwable cause) {
    this(file, location, ListFileProblem.OTHER, List.of(reason), reason, cause);
  }

  /** A refusal with its code; the English reason is the code's text with {@code args}. */
  public WatchlistFormatException(
      String file, String location, ListFileProblem problem, String... args) {
    this(file, location, problem, null, args);
  }

  /** A refusal with its code and the error that caused it. */
  public WatchlistFormatException(
      String file,
      String location,
      ListFileProblem problem,
      @Nullable Throwable cause,
      String... args) {
    this(file, location, problem, Arrays.asList(args), problem.english(Arrays.asList(args)), cause);
  }

  /**
   * A refusal with its code whose English reason is written by the caller (for example a date
   * reader's own message).
   */
  public WatchlistFormatException(
      String file,
      String location,
      ListFileProblem problem,
      List<String> args,
      String reason,
      @Nullable Throwable cause) {
    this(file, location, problem, args, reason, cause, "");
  }

  /**
   * A refusal with its code, an English reason and the parser's own words ({@code detail}: English,
   * technical, shown only on request).
   */
  public WatchlistFormatException(
      String file,
      String location,
      ListFileProblem problem,
      List<String> args,
      String reason,
      @Nullable Throwable cause,
      String detail) {
    super(
        file + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + reason,
        cause);
    this.file = file;
    this.location = location == null ? "" : location;
    this.reason = reason;
    this.problem = problem;
    this.args = List.copyOf(args);
    this.detail = detail;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** Where in the file, or empty. */
  public String location() {
    return location;
  }

  /** What is wrong, in English. */
  public String reason() {
    return reason;
  }

  /** The file, the place when there is one, and the reason; never null. */
  @Override
  public String getMessage() {
    return file + (location.isEmpty() ? "" : ", " + location) + ": " + reason;
  }

  /** What is wrong, as a code. */
  public ListFileProblem problem() {
    return problem;
  }

  /** The code's arguments, in the order its English text shows them. */
  public List<String> args() {
    return args;
  }

  /**
   * The XML or CSV parser's own words when a parser refused the file (English, technical: for a
   * "details" disclosure, never the reason itself), or empty.
   */
  public String detail() {
    return detail;
  }

  /** Where in the file, in parts, so it can be worded in another language. */
  public Place place() {
    return Place.of(location);
  }

  /**
   * Where in a file, in parts: the line (or line range), the column, and a named part of the record
   * ({@code element}, {@code field}, {@code property}, {@code group}, or {@code end} for the end of
   * the file). A place in no known form has only {@code text}.
   */
  public record Place(
      @Nullable String line,
      @Nullable String column,
      @Nullable String part,
      @Nullable String name,
      String text) {

    /** Reads a location as the list readers write it. */
    public static Place of(String location) {
      if (location.isEmpty()) {
        return new Place(null, null, null, null, location);
      }
      if (location.equals("end of file")) {
        return new Place(null, null, "end", null, location);
      }
      Matcher g = GROUP.matcher(location);
      if (g.matches()) {
        return new Place(null, null, "group", g.group(1), location);
      }
      Matcher m = LINE.matcher(location);
      if (m.matches()) {
        return new Place(m.group(1), m.group(2), m.group(3), m.group(4), location);
      }
      return new Place(null, null, null, null, location);
    }

    /** True when nothing names a place. */
    public boolean isEmpty() {
      return text.isEmpty();
    }

    /** True when the location is in a form the parts cover. */
    public boolean known() {
      return line != null || part != null;
    }
  }
}
