package org.kuzet.interdiction.internal.inspection;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an alert says, as facts: its shape and the shape's arguments (names, plates and codes as
 * written, numbers as digits). Pages and notifications word it in the reader's language with the
 * message {@code interdiction.alert.summary.<shape>}; {@link #english()} is the sentence kept for
 * the record and the API.
 */
public record AlertSummary(Shape shape, List<String> args) {

  private static final String SEPARATOR = "\u001F";

  /** The alert sentences there are, with the arguments each takes in order. */
  public enum Shape {
    /** lookout id, plate, post. */
    LOOKOUT_VEHICLE(3, 2),
    /** lookout id, person, post. */
    LOOKOUT_PERSON(3, 2),
    /** person, list, entry id, matched name, score, post. */
    WATCHLIST(6, 5),
    /** person, post, list, entry id, matched name, score. */
    RESCREEN(6, 1);

    final int arity;

    /** Where the post's name is among the arguments. */
    final int post;

    Shape(int arity, int post) {
      this.arity = arity;
      this.post = post;
    }
  }

  public AlertSummary {
    Objects.requireNonNull(shape, "shape");
    args = args.stream().map(a -> a.replace(SEPARATOR, " ")).toList();
    if (args.size() != shape.arity) {
      throw new IllegalArgumentException(shape + " takes " + shape.arity + " arguments: " + args);
    }
  }

  static AlertSummary lookoutVehicle(long lookoutId, String plate, String post) {
    return new AlertSummary(Shape.LOOKOUT_VEHICLE, List.of(Long.toString(lookoutId), plate, post));
  }

  static AlertSummary lookoutPerson(long lookoutId, String person, String post) {
    return new AlertSummary(Shape.LOOKOUT_PERSON, List.of(Long.toString(lookoutId), person, post));
  }

  static AlertSummary watchlist(
      String person, String list, String entry, String matched, int score, String post) {
    return new AlertSummary(
        Shape.WATCHLIST, List.of(person, list, entry, matched, Integer.toString(score), post));
  }

  static AlertSummary rescreen(
      String person, String post, String list, String entry, String matched, int score) {
    return new AlertSummary(
        Shape.RESCREEN, List.of(person, post, list, entry, matched, Integer.toString(score)));
  }

  /** The message key that words it. */
  public String key() {
    return "interdiction.alert.summary." + shape.name();
  }

  /** The arguments for the message, in order. */
  public Object[] arguments() {
    return args.toArray();
  }

  /**
   * The arguments with the post named as given (its name in the reader's language) in place of the
   * name kept when the alert was raised, which is the post's base name.
   */
  public Object[] arguments(Object postName) {
    Object[] a = args.toArray();
    a[shape.post] = postName;
    return a;
  }

  /** The sentence in English, as alerts were written before they kept facts. */
  public String english() {
    List<String> a = args;
    return switch (shape) {
      case LOOKOUT_VEHICLE ->
          "Lookout #" + a.get(0) + ": vehicle " + a.get(1) + " stopped at " + a.get(2);
      case LOOKOUT_PERSON -> "Lookout #" + a.get(0) + ": " + a.get(1) + " stopped at " + a.get(2);
      case WATCHLIST ->
          a.get(0)
              + " matches "
              + a.get(1)
              + " entry "
              + a.get(2)
              + " ("
              + a.get(3)
              + ", score "
              + a.get(4)
              + ") at "
              + a.get(5);
      case RESCREEN ->
          a.get(0)
              + " (inspected at "
              + a.get(1)
              + ") now matches "
              + a.get(2)
              + " entry "
              + a.get(3)
              + " ("
              + a.get(4)
              + ", score "
              + a.get(5)
              + ")";
    };
  }

  /** The arguments as one column. */
  String storedArgs() {
    return String.join(SEPARATOR, args);
  }

  /** The facts read back from their columns, or null when the alert has none. */
  static @Nullable AlertSummary stored(@Nullable String shape, @Nullable String args) {
    if (shape == null || args == null) {
      return null;
    }
    try {
      return new AlertSummary(Shape.valueOf(shape), List.of(args.split(SEPARATOR, -1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
