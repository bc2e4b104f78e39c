package org.kuzet.interdiction.mrz;

/**
 * The text is not a machine-readable zone at all (wrong length, a character outside A-Z, 0-9 and
 * '<'); the message names the line and column.
 */
public class MrzFormatException extends IllegalArgumentException {

  private final int line;
  private final int column;
  private final String message;

  MrzFormatException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
    this.message = message;
  }

  /** What is wrong and where; never null. */
  @Override
  public String getMessage() {
    return message;
  }

  /** 1-based line, or 0 when the problem is the zone's shape. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when the problem is a whole line. */
  public int column() {
    return column;
  }
}
