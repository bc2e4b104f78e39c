package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Hard negatives: names that are not on any list but resemble listed people the way innocent
 * travellers do.
 *
 * <ul>
 *   <li>{@code same_surname}: a listed person's surname with other given names and patronymic;
 *   <li>{@code same_given_patronymic}: a listed person's given name and patronymic with another
 *       common surname of the region;
 *   <li>{@code near_name}: a common surname one or two letters from a listed surname that is a
 *       different name, not its feminine form or a spelling variant (Фомин next to Фокин);
 *   <li>{@code common}: a common name of the region drawn from the frequency-style pools.
 * </ul>
 *
 * Each candidate is written in the same forms and systems as positives and dropped if its skeleton
 * collides with any name or alias on the three lists; initials forms must not share surname and
 * first initial with a listed name; names that get typing, OCR or mixed-script mistakes must be
 * more than three edits from every listed name, so a mistake cannot make them a listed name.
 */
final class NegativeQueries {

  private static final int NOISE_MARGIN = 3;

  private final List<ListedPerson> people;
  private final List<Query> positives;
  private final ListedNameIndex index;
  private final Random random;
  private final FormRenderer renderer;

  NegativeQueries(
      List<ListedPerson> people,
      List<Query> positives,
      ListedNameIndex index,
      Random random,
      FormRenderer renderer) {
    this.people = List.copyOf(people);
    this.positives = List.copyOf(positives);
    this.index = index;
    this.random = random;
    this.renderer = renderer;
  }

  /** About {@code count} negatives; fewer only if candidates keep colliding. */
  List<Query> generate(int count) {
    List<Query> negatives = new ArrayList<>();
    for (int attempt = 0; negatives.size() < count && attempt < count * 30; attempt++) {
      String form = formLikeAPositive();
      boolean noisy = form.equals("typo") || form.equals("ocr") || form.equals("mixed_script");
      ListedPerson person = people.get(random.nextInt(people.size()));
      String type = noisy ? "common" : type();
      Optional<CyrillicName> candidate = candidate(type, person);
      if (candidate.isEmpty() || index.collides(candidate.get())) {
        continue;
      }
      CyrillicName name = candidate.get();
      if (noisy && index.within(name, NOISE_MARGIN)) {
        continue;
      }
      if (form.equals("initials") && index.initialsCollide(name)) {
        continue;
      }
      Optional<FormRenderer.Written> written = write(form, name);
      if (written.isEmpty()) {
        continue;
      }
      FormRenderer.Written w = written.get();
      boolean withDate = form.equals("initials") ? random.nextBoolean() : random.nextInt(4) == 0;
      Origin origin = person.origin();
      String note =
          type
              + (type.equals("common") ? "" : " of " + person.expectedIds())
              + (w.note().isEmpty() ? "" : "; " + w.note());
      negatives.add(
          new Query(
              Query.NEGATIVE,
              w.form(),
              w.system().code(),
              w.text(),
              withDate ? BirthDates.random(random) : "",
              random.nextInt(10) < 4 ? origin.country() : "",
              "",
              "",
              "",
              note));
    }
    return negatives;
  }

  /** The form of a randomly chosen positive, so both kinds share one form distribution. */
  private String formLikeAPositive() {
    String form = positives.get(random.nextInt(positives.size())).form();
    return switch (form) {
      case "full",
          "surname_first",
          "no_patronymic",
          "initials",
          "cyrillic",
          "typo",
          "ocr",
          "mixed_script" ->
          form;
      default -> "full";
    };
  }

  private String type() {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return "same_surname";
    }
    if (roll < 50) {
      return "same_given_patronymic";
    }
    if (roll < 70) {
      return "near_name";
    }
    return "common";
  }

  private Optional<CyrillicName> candidate(String type, ListedPerson person) {
    NamePool pool = NamePool.of(person.origin());
    boolean female = person.female();
    CyrillicName listed = person.cyrillic();
    boolean withPatronymic = !listed.patronymic().isEmpty() || random.nextInt(3) == 0;
    return switch (type) {
      case "same_surname" -> {
        String given = pool.given(female, random);
        if (similarToAny(given, listed.given(), 2)
            || NameForms.initial(given).equals(NameForms.initial(listed.given().get(0)))) {
          yield Optional.empty();
        }
        String patronymic = withPatronymic ? pool.patronymic(female, random) : "";
        yield Optional.of(new CyrillicName(listed.surname(), List.of(given), patronymic));
      }
      case "same_given_patronymic" -> {
        String surname = pool.surname(female, random);
        if (NameNormaliser.distance(
                NameNormaliser.skeleton(surname), NameNormaliser.skeleton(listed.surname()))
            < 3) {
          yield Optional.empty();
        }
        yield Optional.of(new CyrillicName(surname, listed.given(), listed.patronymic()));
      }
      case "near_name" ->
          nearSurname(listed.surname(), female)
              .map(
                  surname -> {
                    List<String> given =
                        random.nextBoolean() ? listed.given() : List.of(pool.given(female, random));
                    String patronymic = withPatronymic ? pool.patronymic(female, random) : "";
                    return new CyrillicName(surname, given, patronymic);
                  });
      default ->
          Optional.of(
              new CyrillicName(
                  pool.surname(female, random),
                  List.of(pool.given(female, random)),
                  withPatronymic ? pool.patronymic(female, random) : ""));
    };
  }

  /**
   * A pool surname one or two edits from the listed one that is a different name: not a feminine
   * form and not a spelling variant, which the skeleton already folds together, and not a voicing
   * variant (Исмаилов / Измайлов).
   */
  private Optional<String> nearSurname(String listedSurname, boolean female) {
    String target = NameNormaliser.skeleton(listedSurname);
    List<String> near = new ArrayList<>();
    for (NamePool pool : NamePool.values()) {
      for (String surname : pool.surnames()) {
        String skeleton = NameNormaliser.skeleton(surname);
        int distance = NameNormaliser.distance(skeleton, target);
        if (distance >= 1
            && distance <= 2
            && NameNormaliser.distance(voiceless(skeleton), voiceless(target)) >= 1
            && !near.contains(surname)) {
          near.add(surname);
        }
      }
    }
    if (near.isEmpty()) {
      return Optional.empty();
    }
    String surname = near.get(random.nextInt(near.size()));
    return Optional.of(female ? NamePool.feminine(surname) : surname);
  }

  private static String voiceless(String skeleton) {
    return skeleton
        .replace('z', 's')
        .replace('d', 't')
        .replace('b', 'p')
        .replace('g', 'k')
        .replace("ai", "a")
        .replace("i", "");
  }

  private static boolean similarToAny(String given, List<String> listed, int closerThan) {
    String skeleton = NameNormaliser.skeleton(given);
    return listed.stream()
        .anyMatch(l -> NameNormaliser.distance(skeleton, NameNormaliser.skeleton(l)) < closerThan);
  }

  private Optional<FormRenderer.Written> write(String form, CyrillicName name) {
    return switch (form) {
      case "surname_first" -> Optional.of(renderer.surnameFirst(name));
      case "no_patronymic" ->
          renderer.noPatronymic(name).or(() -> Optional.of(renderer.full(name)));
      case "initials" -> Optional.of(renderer.initials(name));
      case "cyrillic" -> Optional.of(renderer.cyrillic(name));
      case "typo" -> renderer.typo(name);
      case "ocr" -> Optional.of(renderer.ocr(name));
      case "mixed_script" -> Optional.of(renderer.mixedScript(name));
      default -> Optional.of(renderer.full(name));
    };
  }
}
