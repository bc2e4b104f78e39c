package org.kuzet.workspace;

import java.util.Locale;
import java.util.Optional;

/**
 * A module's names for its records, in the reader's language, for notifications that quote one. A
 * notification names the record by a code argument ({@code Formats.code(prefix(), id)}, its base
 * name as the default) rather than by its name, and the notification center words it with the
 * module's name in the reader's language each time the notification is shown — so a name added or
 * corrected later shows in notifications raised before.
 */
public interface RecordNames {

  /** The codes this module words, e.g. {@code training.course.}. */
  String prefix();

  /** The record's name in the reader's language; empty when there is no such record any more. */
  Optional<String> name(String id, Locale locale);
}
