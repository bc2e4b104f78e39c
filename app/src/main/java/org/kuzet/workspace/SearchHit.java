package org.kuzet.workspace;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing a search found, already checked against the user's access by the module that owns it.
 * {@code title} is record data (a name, a plate, an account number); {@code detailKey} a message
 * key of the search bundle whose arguments are {@code detailArgs}; {@code link} the record's page;
 * {@code person} set when the hit is a person whose page can be opened.
 */
public record SearchHit(
    SearchKind kind,
    String module,
    String title,
    String detailKey,
    List<Object> detailArgs,
    @Nullable String link,
    @Nullable PersonKey person) {

  public SearchHit {
    detailArgs = List.copyOf(detailArgs);
  }
}
