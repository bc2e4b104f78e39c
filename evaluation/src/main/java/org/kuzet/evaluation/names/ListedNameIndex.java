package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name and alias of every individual on the three lists, as skeleton tokens, so that a
 * negative can be checked against all of them and dropped if it could be a listed person.
 */
final class ListedNameIndex {

  private final List<Set<String>> names = new ArrayList<>();
  private final Map<String, List<Integer>> byToken = new HashMap<>();

  ListedNameIndex(List<ListedIndividual> individuals) {
    for (ListedIndividual individual : individuals) {
      add(individual.listedName());
      individual.aliases().forEach(this::add);
      if (!individual.originalScript().isBlank()) {
        add(individual.originalScript());
      }
    }
  }

  private void add(String name) {
    if (!Scripts.latinOrCyrillicOnly(name)) {
      return;
    }
    Set<String> tokens = new LinkedHashSet<>(NameNormaliser.tokens(name));
    if (tokens.isEmpty()) {
      return;
    }
    int id = names.size();
    names.add(tokens);
    for (String token : tokens) {
      byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(id);
    }
  }

  int size() {
    return names.size();
  }

  /**
   * True when a listed name holds this surname together with one of these given names, or when all
   * words of a listed name of two or more words are among the candidate's words.
   */
  boolean collides(CyrillicName candidate) {
    String surname = NameNormaliser.skeleton(candidate.surname());
    List<String> given = candidate.given().stream().map(NameNormaliser::skeleton).toList();
    Set<String> all = new LinkedHashSet<>(given);
    all.add(surname);
    if (!candidate.patronymic().isEmpty()) {
      all.add(NameNormaliser.skeleton(candidate.patronymic()));
    }
    for (int id : byToken.getOrDefault(surname, List.of())) {
      Set<String> listed = names.get(id);
      if (given.stream().anyMatch(listed::contains)) {
        return true;
      }
      if (listed.size() >= 2 && all.containsAll(listed)) {
        return true;
      }
    }
    return false;
  }

  /** True when a listed name has this surname and a given name with the same first letter. */
  boolean initialsCollide(CyrillicName candidate) {
    String surname = NameNormaliser.skeleton(candidate.surname());
    String given = NameNormaliser.skeleton(candidate.given().get(0));
    if (given.isEmpty()) {
      return true;
    }
    for (int id : byToken.getOrDefault(surname, List.of())) {
      for (String token : names.get(id)) {
        if (!token.equals(surname) && token.charAt(0) == given.charAt(0)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when some listed name is within {@code edits} edits of this surname and given name
   * together; a negative that gets typing mistakes must be further away than the mistakes.
   */
  boolean within(CyrillicName candidate, int edits) {
    String surname = NameNormaliser.skeleton(candidate.surname());
    String given = NameNormaliser.skeleton(candidate.given().get(0));
    for (Map.Entry<String, List<Integer>> entry : byToken.entrySet()) {
      String token = entry.getKey();
      if (Math.abs(token.length() - surname.length()) > edits) {
        continue;
      }
      int surnameDistance = NameNormaliser.distance(surname, token);
      if (surnameDistance > edits) {
        continue;
      }
      for (int id : entry.getValue()) {
        for (String other : names.get(id)) {
          if (!other.equals(token)
              && surnameDistance + NameNormaliser.distance(given, other) <= edits) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
