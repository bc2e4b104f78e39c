package org.kuzet.interdiction.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads TD1 (identity card) and TD3 (passport) machine-readable zones as ICAO Doc 9303 parts 3-5
 * define them, verifying every check digit (weights 7-3-1; digits count as themselves, letters A-Z
 * as 10-35, the filler '&lt;' as 0).
 *
 * <p>Input is what an officer types or a scanner sends: lines separated by line breaks, spaces
 * ignored, lower case accepted. Anything that is not a zone of one of the two layouts is refused
 * with the line and column at fault; a zone of the right shape whose check digits fail is read and
 * returned with the failures listed, so the officer can see which field to look at again.
 */
public final class MrzParser {

  /** Longest input considered at all: a zone is 90 characters; scanners add little. */
  static final int MAX_INPUT = 400;

  private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private final LocalDate today;

  /** A parser that reads two-digit birth years relative to {@code today}. */
  public MrzParser(LocalDate today) {
    this.today = today;
  }

  /**
   * Reads a zone.
   *
   * @throws MrzFormatException naming line and column when the text is not a TD1 or TD3 zone
   */
  public MrzReading parse(String text) {
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9') && ch != '<') {
          throw new MrzFormatException(
              i + 1,
              c + 1,
              "line "
                  + (i + 1)
                  + ", column "
                  + (c + 1)
                  + ": '"
                  + ch
                  + "' is not allowed in a machine-readable zone (only A-Z, 0-9 and '<')");
        }
      }
    }
    if (lines.size() == 2) {
      checkLengths(lines, MrzFormat.TD3);
      return td3(lines.get(0), lines.get(1));
    }
    if (lines.size() == 3) {
      checkLengths(lines, MrzFormat.TD1);
      return td1(lines.get(0), lines.get(1), lines.get(2));
    }
    throw new MrzFormatException(
        0,
        0,
        "a machine-readable zone has 2 lines of 44 characters (passport, TD3) or 3 lines of 30"
            + " (identity card, TD1); this text has "
            + lines.size()
            + " line(s)");
  }

  private static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      throw new MrzFormatException(0, 0, "the machine-readable zone is empty");
    }
    if (text.length() > MAX_INPUT) {
      throw new MrzFormatException(
          0, 0, "too long for a machine-readable zone: " + text.length() + " characters");
    }
    List<String> lines = new ArrayList<>();
    for (String raw : LINE_BREAKS.split(text.strip())) {
      String line = SPACES.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    // A scanner that sends the zone as one run of characters: split it by the known lengths.
    if (lines.size() == 1) {
      String only = lines.get(0);
      if (only.length() == 88) {
        return List.of(only.substring(0, 44), only.substring(44));
      }
      if (only.length() == 90) {
        return List.of(only.substring(0, 30), only.substring(30, 60), only.substring(60));
      }
    }
    return lines;
  }

  private static void checkLengths(List<String> lines, MrzFormat format) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() != format.length()) {
        throw new MrzFormatException(
            i + 1,
            0,
            "line "
                + (i + 1)
                + " has "
                + lines.get(i).length()
                + " characters; a "
                + (format == MrzFormat.TD3 ? "passport (TD3)" : "identity card (TD1)")
                + " zone has "
                + format.length()
                + " on each of its "
                + format.lines()
                + " lines");
      }
    }
  }

  // ---- TD3: passports ----------------------------------------------------------------------

  private MrzReading td3(String l1, String l2) {
    var problems = new ArrayList<MrzProblem>();
    String[] names = names(l1.substring(5, 44));
    String number = l2.substring(0, 9);
    check(problems, "documentNumber", 2, 10, number, l2.charAt(9));
    String birth = l2.substring(13, 19);
    check(problems, "birthDate", 2, 20, birth, l2.charAt(19));
    String expiry = l2.substring(21, 27);
    check(problems, "expiryDate", 2, 28, expiry, l2.charAt(27));
    String optional = l2.substring(28, 42);
    // The personal number's check digit may be a filler when the field is all fillers.
    if (!(l2.charAt(42) == '<' && optional.chars().allMatch(c -> c == '<'))) {
      check(problems, "optionalData", 2, 43, optional, l2.charAt(42));
    }
    String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
    check(problems, "composite", 2, 44, composite, l2.charAt(43));
    return new MrzReading(
        MrzFormat.TD3,
        strip(l1.substring(0, 2)),
        strip(l1.substring(2, 5)),
        names[0],
        names[1],
        strip(number),
        strip(l2.substring(10, 13)),
        birthDate(problems, birth, 2, 14),
        sex(l2.charAt(20)),
        expiryDate(problems, expiry, 2, 22),
        strip(optional),
        problems);
  }

  // ---- TD1: identity cards -----------------------------------------------------------------

  private MrzReading td1(String l1, String l2, String l3) {
    var problems = new ArrayList<MrzProblem>();
    String number = l1.substring(5, 14);
    String optional1 = l1.substring(15, 30);
    if (l1.charAt(14) == '<' && optional1.charAt(0) != '<') {
      // A document number longer than 9 characters: it goes on into the optional data and its
      // check digit is the last character before the first filler there (9303 part 5, note j).
      int end = optional1.indexOf('<');
      if (end < 0) {
        end = optional1.length();
      }
      if (end < 2) {
        problems.add(
            new MrzProblem(
                "documentNumber", 1, 16, "long document number has no check digit after it"));
      } else {
        String rest = optional1.substring(0, end - 1);
        number = number + rest;
        check(problems, "documentNumber", 1, 15 + end, number, optional1.charAt(end - 1));
        optional1 = optional1.substring(end);
      }
    } else {
      check(problems, "documentNumber", 1, 15, number, l1.charAt(14));
    }
    String birth = l2.substring(0, 6);
    check(problems, "birthDate", 2, 7, birth, l2.charAt(6));
    String expiry = l2.substring(8, 14);
    check(problems, "expiryDate", 2, 15, expiry, l2.charAt(14));
    String composite =
        l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
    check(problems, "composite", 2, 30, composite, l2.charAt(29));
    String[] names = names(l3);
    String optional = (strip(optional1) + " " + strip(l2.substring(18, 29))).strip();
    return new MrzReading(
        MrzFormat.TD1,
        strip(l1.substring(0, 2)),
        strip(l1.substring(2, 5)),
        names[0],
        names[1],
        strip(number),
        strip(l2.substring(15, 18)),
        birthDate(problems, birth, 2, 1),
        sex(l2.charAt(7)),
        expiryDate(problems, expiry, 2, 9),
        optional,
        problems);
  }

  // ---- fields ------------------------------------------------------------------------------

  /** The ICAO 9303 check digit of a field: weights 7, 3, 1 repeating, sum modulo 10. */
  public static int checkDigit(String field) {
    int[] weights = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += value(field.charAt(i)) * weights[i % 3];
    }
    return sum % 10;
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("not a machine-readable zone character: " + c);
  }

  private static void check(
      List<MrzProblem> problems, String field, int line, int column, String data, char digit) {
    int expected = checkDigit(data);
    if (digit < '0' || digit > '9') {
      problems.add(
          new MrzProblem(
              field,
              line,
              column,
              "check digit of "
                  + label(field)
                  + " (line "
                  + line
                  + ", column "
                  + column
                  + ") is '"
                  + digit
                  + "', not a digit; it should be "
                  + expected));
    } else if (digit - '0' != expected) {
      problems.add(
          new MrzProblem(
              field,
              line,
              column,
              "check digit of "
                  + label(field)
                  + " (line "
                  + line
                  + ", column "
                  + column
                  + ") is "
                  + digit
                  + " but the field gives "
                  + expected));
    }
  }

  private static String label(String field) {
    return switch (field) {
      case "documentNumber" -> "the document number";
      case "birthDate" -> "the birth date";
      case "expiryDate" -> "the expiry date";
      case "optionalData" -> "the personal number";
      case "composite" -> "the whole zone (composite)";
      default -> field;
    };
  }

  private @Nullable LocalDate birthDate(
      List<MrzProblem> problems, String yymmdd, int line, int column) {
    LocalDate date = date(problems, "birthDate", yymmdd, line, column, true);
    if (date != null && date.isAfter(today)) {
      problems.add(
          new MrzProblem("birthDate", line, column, "birth date " + date + " is in the future"));
    }
    return date;
  }

  private @Nullable LocalDate expiryDate(
      List<MrzProblem> problems, String yymmdd, int line, int column) {
    return date(problems, "expiryDate", yymmdd, line, column, false);
  }

  private @Nullable LocalDate date(
      List<MrzProblem> problems, String field, String yymmdd, int line, int column, boolean past) {
    if (yymmdd.chars().allMatch(c -> c == '<')) {
      return null; // unknown, as 9303 allows
    }
    if (!yymmdd.chars().allMatch(Character::isDigit)) {
      problems.add(
          new MrzProblem(field, line, column, label(field) + " '" + yymmdd + "' is not YYMMDD"));
      return null;
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int mm = Integer.parseInt(yymmdd.substring(2, 4));
    int dd = Integer.parseInt(yymmdd.substring(4, 6));
    // Birth dates lie in the past century window; expiry dates within the next few decades.
    int century;
    if (past) {
      century = yy > today.getYear() % 100 ? 1900 : 2000;
    } else {
      century = yy >= 70 ? 1900 : 2000;
    }
    try {
      return LocalDate.of(century + yy, mm, dd);
    } catch (DateTimeException e) {
      problems.add(
          new MrzProblem(
              field, line, column, label(field) + " '" + yymmdd + "' is not a calendar date"));
      return null;
    }
  }

  private static String sex(char c) {
    return switch (c) {
      case 'M' -> "M";
      case 'F' -> "F";
      default -> "X";
    };
  }

  private static String[] names(String field) {
    String trimmed = field.replaceAll("<+$", "");
    int split = trimmed.indexOf("<<");
    String primary = split < 0 ? trimmed : trimmed.substring(0, split);
    String secondary = split < 0 ? "" : trimmed.substring(split + 2);
    return new String[] {fillers(primary), fillers(secondary)};
  }

  private static String fillers(String s) {
    return s.replace('<', ' ').replaceAll(" +", " ").strip();
  }

  private static String strip(String s) {
    return s.replace("<", "");
  }
}
