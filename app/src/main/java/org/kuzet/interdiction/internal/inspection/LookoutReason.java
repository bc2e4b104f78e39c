package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an inspection matched a lookout, as facts: the shape of the match and its arguments (the
 * lookout's number, plates, names and document numbers as written, the issuer's user name, the
 * lookout's reason as the issuer wrote it, a birth date as ISO). Pages word it in the reader's
 * language with the message {@code interdiction.hit.lookout.<shape>}; {@link #english()} is the
 * sentence kept for the record and the API.
 */
public record LookoutReason(Shape shape, List<String> args) {

  private static final String SEPARATOR = "\u001F";

  /** The ways a lookout is matched, with the arguments each takes in order. */
  public enum Shape {
    /** lookout id, plate as typed, lookout's plate, issuer, reason. */
    PLATE(5),
    /** lookout id, document number, issuer, reason. */
    DOCUMENT(4),
    /** lookout id, name as typed, lookout's name, issuer, reason. */
    NAME(5),
    /** lookout id, name as typed, birth date (ISO), issuer, reason. */
    NAME_AND_BIRTH_DATE(5);

    final int arity;

    Shape(int arity) {
      this.arity = arity;
    }
  }

  public LookoutReason {
    Objects.requireNonNull(shape, "shape");
    args = args.stream().map(a -> a.replace(SEPARATOR, " ")).toList();
    if (args.size() != shape.arity) {
      throw new IllegalArgumentException(shape + " takes " + shape.arity + " arguments: " + args);
    }
  }

  static LookoutReason plate(
      long lookoutId, String plate, String lookoutPlate, String issuedBy, String reason) {
    return new LookoutReason(
        Shape.PLATE, List.of(Long.toString(lookoutId), plate, lookoutPlate, issuedBy, reason));
  }

  static LookoutReason document(long lookoutId, String document, String issuedBy, String reason) {
    return new LookoutReason(
        Shape.DOCUMENT, List.of(Long.toString(lookoutId), document, issuedBy, reason));
  }

  static LookoutReason name(
      long lookoutId, String name, String lookoutName, String issuedBy, String reason) {
    return new LookoutReason(
        Shape.NAME, List.of(Long.toString(lookoutId), name, lookoutName, issuedBy, reason));
  }

  static LookoutReason nameAndBirthDate(
      long lookoutId, String name, LocalDate birthDate, String issuedBy, String reason) {
    return new LookoutReason(
        Shape.NAME_AND_BIRTH_DATE,
        List.of(Long.toString(lookoutId), name, birthDate.toString(), issuedBy, reason));
  }

  /** The message key that words it. */
  public String key() {
    return "interdiction.hit.lookout." + shape.name();
  }

  /**
   * The arguments for the message, in order; a birth date as a date, so it shows as the reader
   * writes dates.
   */
  public Object[] arguments() {
    List<Object> out = new ArrayList<>(args);
    if (shape == Shape.NAME_AND_BIRTH_DATE) {
      try {
        out.set(2, LocalDate.parse(args.get(2)));
      } catch (DateTimeParseException e) {
        // kept as written
      }
    }
    return out.toArray();
  }

  /** The sentence in English, as lookout hits were written before they kept facts. */
  public String english() {
    List<String> a = args;
    return switch (shape) {
      case PLATE ->
          "plate "
              + a.get(1)
              + " matches lookout #"
              + a.get(0)
              + " for "
              + a.get(2)
              + " issued by "
              + a.get(3)
              + ": "
              + a.get(4);
      case DOCUMENT -> "document number " + a.get(1) + " matches" + issued(a, 2);
      case NAME -> "name '" + a.get(1) + "' matches '" + a.get(2) + "'" + issued(a, 3);
      case NAME_AND_BIRTH_DATE ->
          "name '" + a.get(1) + "' and birth date " + a.get(2) + " match" + issued(a, 3);
    };
  }

  private static String issued(List<String> a, int from) {
    return "; lookout #" + a.get(0) + " issued by " + a.get(from) + ": " + a.get(from + 1);
  }

  /** The facts as one column. */
  String stored() {
    return shape.name() + SEPARATOR + String.join(SEPARATOR, args);
  }

  /** The facts read back from their column, or null when the hit has none. */
  static @Nullable LookoutReason stored(@Nullable String facts) {
    if (facts == null) {
      return null;
    }
    String[] parts = facts.split(SEPARATOR, -1);
    try {
      return new LookoutReason(Shape.valueOf(parts[0]), List.of(parts).subList(1, parts.length));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
