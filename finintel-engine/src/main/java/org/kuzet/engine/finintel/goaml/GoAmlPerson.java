package org.kuzet.engine.finintel.goaml;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A natural person ({@code t_person}): as a party, signatory, or the reporting person. */
public record GoAmlPerson(
    @Nullable String gender,
    String firstName,
    String lastName,
    @Nullable LocalDate birthdate,
    @Nullable String idNumber,
    @Nullable String nationality) {
  public GoAmlPerson {
    Require.text(firstName, "first_name");
    Require.text(lastName, "last_name");
  }
}
