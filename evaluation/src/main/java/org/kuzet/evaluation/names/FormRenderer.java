package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Writes one Cyrillic name in one form and system. Positives and negatives both go through here, so
 * that the way a query is written says nothing about whether it is listed.
 */
final class FormRenderer {

  /** A written query with the form and system it was written in. */
  record Written(String form, RomanisationSystem system, String text, String note) {}

  private final Random random;
  private final SystemCycle latin;
  private final SystemCycle any;

  FormRenderer(Random random, SystemCycle latin, SystemCycle any) {
    this.random = random;
    this.latin = latin;
    this.any = any;
  }

  Written full(CyrillicName name) {
    RomanisationSystem system = latin.next();
    return new Written("full", system, NameForms.full(render(name, system)), "");
  }

  Written surnameFirst(CyrillicName name) {
    RomanisationSystem system = any.next();
    return new Written(
        "surname_first", system, NameForms.surnameFirst(render(name, system), random), "");
  }

  Optional<Written> noPatronymic(CyrillicName name) {
    if (name.patronymic().isEmpty()) {
      return Optional.empty();
    }
    RomanisationSystem system = latin.next();
    return Optional.of(
        new Written(
            "no_patronymic", system, NameForms.noPatronymic(render(name, system), random), ""));
  }

  Written initials(CyrillicName name) {
    RomanisationSystem system = any.next();
    return new Written("initials", system, NameForms.initials(render(name, system), random), "");
  }

  /** The name in Cyrillic in the order of Russian documents or of everyday writing. */
  Written cyrillic(CyrillicName name) {
    RenderedName rendered = render(name, RomanisationSystem.CYRILLIC);
    String text =
        switch (random.nextInt(3)) {
          case 0 -> NameForms.full(rendered);
          case 1 ->
              NameForms.join(rendered.surname(), rendered.givenNames(), rendered.patronymic());
          default ->
              NameForms.join(rendered.surname(), rendered.givenNames(), rendered.patronymic())
                  .toUpperCase(Locale.ROOT);
        };
    return new Written("cyrillic", RomanisationSystem.CYRILLIC, text, "");
  }

  /** Typing mistakes in the surname or a given name; empty when both are too short. */
  Optional<Written> typo(CyrillicName name) {
    RomanisationSystem system = any.next();
    RenderedName rendered = render(name, system);
    boolean surnameFirst = random.nextInt(10) < 6;
    for (int attempt = 0; attempt < 2; attempt++) {
      boolean onSurname = surnameFirst == (attempt == 0);
      String part = onSurname ? rendered.surname() : rendered.given().get(0);
      int edits = Typos.editsFor(part.replaceAll("[^\\p{L}]", "").length(), random);
      if (edits == 0) {
        continue;
      }
      String misspelt = Typos.misspell(part, edits, random);
      if (misspelt.equals(part)) {
        continue;
      }
      RenderedName typed =
          onSurname
              ? rendered.withSurname(misspelt)
              : rendered.withGiven(replaceFirst(rendered.given(), misspelt));
      String text =
          random.nextBoolean()
              ? NameForms.full(typed)
              : NameForms.join(typed.surname(), typed.givenNames(), typed.patronymic());
      return Optional.of(
          new Written(
              "typo",
              system,
              text,
              edits
                  + (edits == 1 ? " typing mistake in " : " typing mistakes in ")
                  + (onSurname ? "surname" : "given name")));
    }
    return Optional.empty();
  }

  /** OCR misreadings, half of them on a name in passport capitals. */
  Written ocr(CyrillicName name) {
    RomanisationSystem system = latin.next();
    RenderedName rendered = render(name, system);
    String text =
        random.nextBoolean()
            ? NameForms.full(rendered)
            : NameForms.join(rendered.surname(), rendered.givenNames(), rendered.patronymic());
    if (random.nextBoolean()) {
      text = text.toUpperCase(Locale.ROOT);
    }
    String misread = OcrConfusions.misread(text, random);
    return new Written(
        "ocr",
        system,
        misread,
        misread.equals(text) ? "no OCR confusion applied" : "OCR confusions");
  }

  /** Look-alike letters of the other script inside the surname. */
  Written mixedScript(CyrillicName name) {
    RomanisationSystem system = random.nextBoolean() ? RomanisationSystem.CYRILLIC : latin.next();
    RenderedName rendered = render(name, system);
    String mixed = MixedScript.mix(rendered.surname(), random);
    RenderedName typed = rendered.withSurname(mixed);
    String text =
        random.nextBoolean()
            ? NameForms.full(typed)
            : NameForms.join(typed.surname(), typed.givenNames(), typed.patronymic());
    return new Written(
        "mixed_script",
        system,
        text,
        mixed.equals(rendered.surname())
            ? "no look-alike letter in surname"
            : "look-alike letters of the other script in surname");
  }

  RenderedName render(CyrillicName name, RomanisationSystem system) {
    return RenderedName.of(name, system, random);
  }

  private static List<String> replaceFirst(List<String> given, String first) {
    List<String> copy = new ArrayList<>(given);
    copy.set(0, first);
    return copy;
  }
}
