package org.kuzet.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Input a module refuses, with every field at fault and why, as message keys so that pages and the
 * API say it in the user's language. Pages answer 400 with the problems listed (or show them beside
 * the form when the controller catches the refusal); {@code /api/**} answers an RFC 9457 problem
 * document naming each field under {@code errors}.
 *
 * <p>It is an {@link IllegalArgumentException}: a refusal is bad input, never a fault of the
 * server. {@link #getMessage()} is the message keys, for logs and tests.
 */
public class Refusal extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * One field at fault: the field as the form or the API names it ({@code persons[1].birthDate}), a
   * message key, and its arguments. Pass numbers that a message shows as typed (a year, an id) as
   * text, or give the key a {@code {0,number,#}} format: a plain {@code {0}} groups digits ("1 990"
   * in Russian).
   */
  public record Problem(String field, String key, List<Object> args, @Nullable Facts facts)
      implements MessageSourceResolvable {

    public Problem {
      // An argument may be null (a value that was not given), which List.copyOf refuses.
      args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public Problem(String field, String key, List<Object> args) {
      this(field, key, args, null);
    }

    public static Problem of(String field, String key, Object... args) {
      return new Problem(field, key, Arrays.asList(args.clone()));
    }

    /** The same problem carrying its facts for API clients. */
    public Problem with(Facts facts) {
      return new Problem(field, key, args, facts);
    }

    @Override
    public String[] getCodes() {
      return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
      return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
      return key;
    }
  }

  /**
   * Why, for programs: a stable code, its arguments (in the order the code's wording uses them) and
   * the place (for example {@code line}, {@code column}, {@code element}), which the API answers
   * beside the message in the caller's language.
   */
  public record Facts(String code, List<String> args, Map<String, String> place) {
    public Facts {
      args = List.copyOf(args);
      place = Collections.unmodifiableMap(new LinkedHashMap<>(place));
    }
  }

  private final transient List<Problem> problems;

  public Refusal(List<Problem> problems) {
    super(problems.stream().map(Problem::key).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** A refusal of one field. */
  public static Refusal of(String field, String key, Object... args) {
    return new Refusal(List.of(Problem.of(field, key, args)));
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The first (often the only) problem. */
  public Problem first() {
    return problems.get(0);
  }
}
