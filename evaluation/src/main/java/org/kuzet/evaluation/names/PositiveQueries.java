package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries for one listed person: the full name, surname first, without patronymic, in initials,
 * in Cyrillic, with a typing, OCR or mixed-script mistake, and where the person has them, a Turkic
 * patronymic, a compound name part or an alias with an Arabic name prefix.
 */
final class PositiveQueries {

  private static final Pattern PREFIX =
      Pattern.compile(
          "(?i)(^|\\s)(al|el|ad|ar|as|ash|at|az|an|ibn|bin|ben|bint|abu|abou)([- ])(\\p{L})");

  private final Random random;
  private final FormRenderer renderer;

  PositiveQueries(Random random, FormRenderer renderer) {
    this.random = random;
    this.renderer = renderer;
  }

  List<Query> forPerson(ListedPerson person) {
    List<FormRenderer.Written> written = new ArrayList<>();
    CyrillicName name = person.cyrillic();
    written.add(renderer.full(name));
    written.add(renderer.surnameFirst(name));
    if (random.nextInt(10) < 7) {
      renderer.noPatronymic(name).ifPresent(written::add);
    }
    written.add(renderer.initials(name));
    int noise = random.nextInt(100);
    if (noise < 45) {
      written.add(renderer.typo(name).orElseGet(() -> renderer.mixedScript(name)));
    } else if (noise < 70) {
      written.add(renderer.ocr(name));
    } else {
      written.add(renderer.mixedScript(name));
    }
    if (person.cyrillicListed() || random.nextBoolean()) {
      written.add(renderer.cyrillic(name));
    }
    turkicPatronymic(person).ifPresent(written::add);
    compound(person).ifPresent(written::add);
    written.addAll(prefixed(person));

    List<Query> queries = new ArrayList<>();
    for (FormRenderer.Written w : written) {
      boolean withDate =
          w.form().equals("initials") ? random.nextBoolean() : random.nextInt(4) == 0;
      String birthDate = withDate ? person.birthDate() : "";
      String nationality = random.nextInt(10) < 4 ? person.origin().country() : "";
      String source =
          person.cyrillicListed()
              ? "Cyrillic as listed by the UN"
              : "Cyrillic reconstructed from the listed Latin name";
      String note = w.note().isEmpty() ? source : w.note() + "; " + source;
      queries.add(
          new Query(
              Query.POSITIVE,
              w.form(),
              w.system().code(),
              w.text(),
              birthDate,
              nationality,
              person.expectedLists(),
              person.expectedIds(),
              person.expectedName(),
              note));
    }
    return queries;
  }

  private Optional<FormRenderer.Written> turkicPatronymic(ListedPerson person) {
    return TurkicPatronymics.write(person, random)
        .map(
            t -> {
              RenderedName rendered = RenderedName.of(person.cyrillic(), t.system(), random);
              String text =
                  random.nextBoolean()
                      ? NameForms.join(rendered.givenNames(), t.patronymic(), rendered.surname())
                      : NameForms.join(rendered.surname(), rendered.givenNames(), t.patronymic());
              return new FormRenderer.Written(
                  "patronymic_suffix",
                  t.system(),
                  text,
                  "patronymic written as father's name with son/daughter of");
            });
  }

  /** Hyphenated or two-word surnames and given names written joined, spaced or shortened. */
  private Optional<FormRenderer.Written> compound(ListedPerson person) {
    CyrillicName name = person.cyrillic();
    boolean surname = name.surname().contains("-") || name.surname().contains(" ");
    boolean other =
        name.given().stream().anyMatch(g -> g.contains("-")) || name.patronymic().contains("-");
    if (!surname && !other) {
      return Optional.empty();
    }
    RomanisationSystem system =
        SystemCycle.romanising().get(random.nextInt(SystemCycle.romanising().size()));
    RenderedName rendered = RenderedName.of(name, system, random);
    int variant = random.nextInt(3);
    RenderedName changed =
        new RenderedName(
            recompose(rendered.surname(), variant),
            rendered.given().stream().map(g -> recompose(g, variant)).toList(),
            recompose(rendered.patronymic(), variant));
    String[] how = {"parts spaced", "parts joined", "first part only"};
    return Optional.of(
        new FormRenderer.Written(
            surname ? "double_surname" : "compound_name",
            system,
            NameForms.full(changed),
            "compound name, " + how[variant]));
  }

  private static String recompose(String part, int variant) {
    if (!part.contains("-") && !part.contains(" ")) {
      return part;
    }
    String[] pieces = part.split("[- ]");
    return switch (variant) {
      case 0 -> String.join(" ", pieces);
      case 1 ->
          pieces[0]
              + String.join("", List.of(pieces).subList(1, pieces.length)).toLowerCase(Locale.ROOT);
      default -> pieces[0];
    };
  }

  /** Aliases with al-/ibn/bin/abu written with the prefix spaced, joined, dropped or swapped. */
  private List<FormRenderer.Written> prefixed(ListedPerson person) {
    List<FormRenderer.Written> written = new ArrayList<>();
    for (String alias : person.aliases()) {
      if (written.size() >= 2 || Scripts.hasCyrillic(alias)) {
        continue;
      }
      Matcher matcher = PREFIX.matcher(alias);
      if (!matcher.find()) {
        continue;
      }
      String variant = prefixVariant(alias, matcher, random.nextInt(4));
      if (!variant.equalsIgnoreCase(alias) && variant.trim().split("\\s+").length >= 2) {
        written.add(
            new FormRenderer.Written(
                "prefix",
                RomanisationSystem.NONE,
                variant,
                "listed alias " + alias + " with its name prefix rewritten"));
      }
    }
    return written;
  }

  /** True when the word after the prefix is in capitals (AL-SHISHANI joins as ALSHISHANI). */
  private static boolean capitalised(String after) {
    String word = after.split("[\\s,]")[0];
    return word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static String prefixVariant(String alias, Matcher matcher, int variant) {
    String prefix = matcher.group(2);
    String lower = prefix.toLowerCase(Locale.ROOT);
    String before = alias.substring(0, matcher.start(2));
    String after = alias.substring(matcher.start(4));
    String swapped =
        switch (lower) {
          case "bin", "ben" -> "ibn";
          case "ibn" -> "bin";
          case "abu" -> "Abou";
          case "abou" -> "Abu";
          default -> "el";
        };
    return switch (variant) {
      case 0 -> before + prefix + " " + after;
      case 1 ->
          before
              + prefix
              + (capitalised(after)
                  ? after
                  : after.substring(0, 1).toLowerCase(Locale.ROOT) + after.substring(1));
      case 2 ->
          lower.matches("a[a-z]{1,2}") && !lower.equals("abu")
              ? (before + after).trim()
              : before + swapped + "-" + after;
      default -> before + swapped + (swapped.equals("el") ? "-" : " ") + after;
    };
  }
}
