package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The orders and abbreviations a written name comes in. */
final class NameForms {

  private NameForms() {}

  /** Given names, patronymic, surname. */
  static String full(RenderedName name) {
    return join(name.givenNames(), name.patronymic(), name.surname());
  }

  /** Surname, given names, patronymic; as on Russian forms, sometimes with a comma or capitals. */
  static String surnameFirst(RenderedName name, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> join(name.surname(), name.givenNames(), name.patronymic());
      case 1 -> name.surname() + ", " + join(name.givenNames(), name.patronymic());
      default -> join(upper(name.surname()), name.givenNames(), name.patronymic());
    };
  }

  /** Without the patronymic, in either order. */
  static String noPatronymic(RenderedName name, Random random) {
    return random.nextBoolean()
        ? join(name.givenNames(), name.surname())
        : join(name.surname(), name.givenNames());
  }

  /** Every initials layout, in a fixed order; the generator picks one. */
  static List<String> initialsLayouts(RenderedName name) {
    String g = initial(name.given().get(0));
    String p = name.hasPatronymic() ? initial(name.patronymic()) : "";
    String surname = name.surname();
    List<String> layouts = new ArrayList<>();
    if (!p.isEmpty()) {
      layouts.add(upper(surname) + " " + g + "." + p + ".");
      layouts.add(surname + " " + g + ". " + p + ".");
      layouts.add(g + "." + p + ". " + surname);
      layouts.add(g + ". " + p + ". " + surname);
      layouts.add(surname + ", " + g + "." + p + ".");
      layouts.add(surname + " " + g + p);
      layouts.add(g + " " + p + " " + surname);
    }
    layouts.add(surname + " " + g);
    layouts.add(surname + " " + g + ".");
    layouts.add(g + ". " + surname);
    layouts.add(g + " " + surname);
    return layouts;
  }

  static String initials(RenderedName name, Random random) {
    List<String> layouts = initialsLayouts(name);
    return layouts.get(random.nextInt(layouts.size()));
  }

  /** The first letter of a written word, capitalised; Ю in ICAO gives I, Ж in BGN gives Z. */
  static String initial(String word) {
    String letters = word.replaceAll("[^\\p{L}]", "");
    if (letters.isEmpty()) {
      return "";
    }
    return letters.substring(0, letters.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
  }

  static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(part.trim());
      }
    }
    return out.toString();
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
