package org.kuzet.workspace;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record about a person on the person page: an inspection at a post, a seizure, a lookout, a
 * watchlist hit, a financial party or case, a training. {@code sectionKey} is the message key of
 * the section it is listed under; {@code title} record data; {@code detailKey} a message key of the
 * search bundle with {@code detailArgs}.
 */
public record PersonRecord(
    String sectionKey,
    @Nullable LocalDate date,
    String title,
    String detailKey,
    List<Object> detailArgs,
    @Nullable String link) {

  public PersonRecord {
    detailArgs = List.copyOf(detailArgs);
  }
}
