package org.kuzet.workspace;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who a person is across modules: the script-tolerant key of their name (see {@link
 * SearchKeys#personKey}) and their birth date when known. "Серикбаев Нурлан" and "NURLAN
 * SERIKBAYEV" born 1979-03-14 are one person; the same name born another day is another.
 */
public record PersonKey(String nameKey, @Nullable LocalDate birthDate) {

  public PersonKey {
    if (nameKey.isBlank()) {
      throw new IllegalArgumentException("a person key needs a name with letters");
    }
  }

  /** The key of a name as written (any script), with the birth date when known. */
  public static PersonKey of(String name, @Nullable LocalDate birthDate) {
    return new PersonKey(SearchKeys.personKey(name), birthDate);
  }

  /** Whether a record's birth date fits this person: equal, or unknown on either side. */
  public boolean bornOn(@Nullable LocalDate other) {
    return birthDate == null || other == null || birthDate.equals(other);
  }
}
