package org.kuzet.engine.finintel.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A row a reader skipped: the 1-based line in the file where it starts and why, as a code with its
 * arguments (the field as the file names it, the value found) so that an application can word it in
 * its reader's language, and as an English {@code reason} for logs and command lines.
 */
public record RowError(
    long line, Code code, @Nullable String field, @Nullable String value, String reason) {

  /** Why a row was skipped. */
  public enum Code {
    /** The row has fewer fields than the header names; {@code value} is how many it has. */
    FIELD_MISSING,
    /** A required field is empty. */
    FIELD_EMPTY,
    /** An amount is not a number. */
    NOT_A_NUMBER,
    /** An amount is negative. */
    NEGATIVE,
    /** A currency is neither an ISO code nor a known name. */
    UNKNOWN_CURRENCY,
    /** A date and time does not read. */
    NOT_A_TIME,
    /** A 0/1 flag holds something else. */
    NOT_A_FLAG,
    /** The CSV quoting is broken; the rest of the file is unreadable. */
    MALFORMED_CSV,
    /**
     * The values do not make a transaction (an account, code or id out of rule); see the reason.
     */
    INVALID,
    /** The account number is empty. */
    ACCOUNT_EMPTY,
    /** The bank holds ':' or ';'; {@code value} is the bank. */
    BANK_INVALID,
    /** The transaction id is empty or holds ';'; {@code value} is the id. */
    ID_INVALID,
    /** A currency is not three capital letters; {@code value} is the currency. */
    NOT_A_CURRENCY_CODE,
    /** A country is not two letters; {@code value} is the country. */
    NOT_A_COUNTRY_CODE
  }

  /**
   * The transaction rules' reasons ({@code Transaction}, {@code AccountRef}) that have a code of
   * their own: the code and the pattern of the reason, whose group is the value found.
   */
  private static final List<Map.Entry<Code, Pattern>> RULES =
      List.of(
          Map.entry(Code.ACCOUNT_EMPTY, Pattern.compile("account number is empty()")),
          Map.entry(
              Code.BANK_INVALID,
              Pattern.compile("bank '(.*)' contains ':' or ';'", Pattern.DOTALL)),
          Map.entry(
              Code.ID_INVALID,
              Pattern.compile("transaction id '(.*)' is empty or contains ';'", Pattern.DOTALL)),
          Map.entry(
              Code.NOT_A_CURRENCY_CODE,
              Pattern.compile(".+ currency '(.*)' is not a 3-letter code", Pattern.DOTALL)),
          Map.entry(
              Code.NOT_A_COUNTRY_CODE,
              Pattern.compile(
                  ".+ country '(.*)' is not an ISO 3166 alpha-2 code", Pattern.DOTALL)));

  public RowError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** A row skipped for a reason without a code of its own. */
  public RowError(long line, String reason) {
    this(line, Code.INVALID, null, null, reason);
  }

  /** The error of a row whose mapping threw: the problem's code and arguments when it has them. */
  static RowError of(long line, RuntimeException e) {
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof RowProblem p) {
      return new RowError(line, p.code(), p.field(), p.value(), reason);
    }
    if (e instanceof IllegalArgumentException) {
      for (var rule : RULES) {
        Matcher m = rule.getValue().matcher(reason);
        if (m.matches()) {
          return new RowError(
              line, rule.getKey(), null, m.group(1).isEmpty() ? null : m.group(1), reason);
        }
      }
    }
    return new RowError(line, reason);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
