package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A listed name in Latin letters split into its parts. The patronymic is empty when the list gives
 * none.
 */
record LatinName(String surname, List<String> given, String patronymic) {

  LatinName {
    given = List.copyOf(given);
  }

  /** OFAC writes {@code SURNAME, Given Names Patronymic}. */
  static LatinName fromOfac(String listed) {
    int comma = listed.indexOf(',');
    if (comma < 0) {
      return new LatinName(titleCase(listed.trim()), List.of(), "");
    }
    String surname = titleCase(listed.substring(0, comma).trim());
    return fromGivenTokens(surname, words(listed.substring(comma + 1)));
  }

  /**
   * The UN writes FIRST_NAME, then SECOND to FOURTH; for the people selected here the last part is
   * the surname and a middle part ending like a patronymic is the patronymic.
   */
  static LatinName fromUn(List<String> parts) {
    List<String> present = parts.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    if (present.isEmpty()) {
      return new LatinName("", List.of(), "");
    }
    if (present.size() == 1) {
      return new LatinName(titleCase(present.get(0)), List.of(), "");
    }
    String surname = titleCase(present.get(present.size() - 1));
    List<String> rest = new ArrayList<>();
    for (String part : present.subList(0, present.size() - 1)) {
      rest.addAll(words(part));
    }
    return fromGivenTokens(surname, rest);
  }

  private static LatinName fromGivenTokens(String surname, List<String> tokens) {
    List<String> given = new ArrayList<>(tokens);
    String patronymic = "";
    if (given.size() > 2 && Patronymics.isTurkicSuffix(given.get(given.size() - 1))) {
      String suffix = given.remove(given.size() - 1);
      patronymic = given.remove(given.size() - 1) + " " + suffix;
    } else if (given.size() > 1 && Patronymics.looksLikePatronymic(given.get(given.size() - 1))) {
      patronymic = given.remove(given.size() - 1);
    }
    return new LatinName(surname, given, patronymic);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.trim().split("\\s+"))
        .filter(w -> !w.isEmpty())
        .map(LatinName::titleCase)
        .toList();
  }

  /** Upper-case list spelling to the usual capitalisation, word by word and across hyphens. */
  static String titleCase(String text) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char ch : text.toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      start = !Character.isLetter(ch) && ch != '\'';
    }
    return out.toString();
  }

  /** Every part in one list: surname, given names, patronymic. */
  List<String> allParts() {
    List<String> parts = new ArrayList<>();
    parts.add(surname);
    parts.addAll(given);
    if (!patronymic.isEmpty()) {
      parts.add(patronymic);
    }
    return parts;
  }

  boolean usable() {
    return !surname.isEmpty()
        && !given.isEmpty()
        && allParts().stream().allMatch(p -> p.replaceAll("[^\\p{L}]", "").length() >= 2);
  }
}
