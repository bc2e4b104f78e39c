package org.kuzet.finintel.internal.ledger;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.goaml.GoAmlAccount;
import org.kuzet.engine.finintel.goaml.GoAmlEntity;
import org.kuzet.engine.finintel.goaml.GoAmlParty;
import org.kuzet.engine.finintel.goaml.GoAmlPerson;
import org.kuzet.web.Countries;

/**
 * A person or company as an imported file names it. The natural key (kind, name in upper case, id
 * number, birth date) keeps one record per party across imports.
 */
public record PartyFacts(
    PartyKind kind,
    String name,
    @Nullable LocalDate birthDate,
    @Nullable String idNumber,
    @Nullable String country) {

  enum PartyKind {
    PERSON,
    COMPANY,
    /**
     * Named only as an account's holder (a generic CSV's name column): person or company unknown.
     */
    HOLDER
  }

  public PartyFacts {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a party needs a name");
    }
    name = name.strip();
    country = Countries.stored(country);
  }

  String naturalKey() {
    String key =
        kind
            + "|"
            + name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")
            + "|"
            + (idNumber == null ? "" : idNumber.strip())
            + "|"
            + (birthDate == null ? "" : birthDate.toString());
    return NaturalKeys.hash(key, 64);
  }

  static PartyFacts of(GoAmlPerson p) {
    return new PartyFacts(
        PartyKind.PERSON,
        p.firstName() + " " + p.lastName(),
        p.birthdate(),
        p.idNumber(),
        p.nationality());
  }

  static PartyFacts of(GoAmlEntity e) {
    return new PartyFacts(
        PartyKind.COMPANY, e.name(), null, e.incorporationNumber(), e.incorporationCountry());
  }

  /**
   * The holder named by a CSV row's name column, or null when the row names none. Only the name is
   * known, so two holders of the same name are one record, as the investigator would read it.
   */
  public static @Nullable PartyFacts holderNamed(@Nullable String name) {
    return name == null || name.isBlank()
        ? null
        : new PartyFacts(PartyKind.HOLDER, name, null, null, null);
  }

  /** The holder a goAML side names: the person or entity itself, or the account's holder. */
  public static @Nullable PartyFacts holderOf(GoAmlParty side) {
    if (side.person() != null) {
      return of(side.person());
    }
    if (side.entity() != null) {
      return of(side.entity());
    }
    GoAmlAccount a = side.account();
    if (a != null && a.entity() != null) {
      return of(a.entity());
    }
    if (a != null && !a.signatories().isEmpty()) {
      return of(a.signatories().get(0));
    }
    return null;
  }
}
