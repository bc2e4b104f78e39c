package org.kuzet.interdiction.mrz;

import java.util.Objects;

/**
 * Something wrong in a machine-readable zone that still let it be read, e.g. a check digit that
 * does not match: the officer sees which field is affected and where.
 *
 * @param field the field, e.g. {@code documentNumber}, {@code birthDate}, {@code composite}
 * @param line 1-based line of the zone
 * @param column 1-based column of the check digit or the field's first character
 * @param message what is wrong, in English, with the values compared
 */
public record MrzProblem(String field, int line, int column, String message) {
  public MrzProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
