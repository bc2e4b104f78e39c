package org.kuzet.finintel.internal.reports;

import java.util.List;
import java.util.Locale;
import org.kuzet.engine.finintel.goaml.GoAmlSchema;
import org.springframework.context.MessageSource;

/**
 * Where a written goAML report breaks the schema, in the reader's language ({@code
 * fin.goaml.invalid.<kind>}): the element, the line, and the value found or the elements expected.
 * The validator's own English names XML Schema rules ({@code cvc-...}), not the report: it goes to
 * the log, never to the page.
 */
final class SchemaBreaks {

  private SchemaBreaks() {}

  static String words(GoAmlSchema.Violation v, MessageSource messages, Locale locale) {
    List<String> values = v.values();
    Object[] args = {
      v.element(), String.valueOf(v.line()), values.size() > 1 ? values.get(1) : "",
    };
    return messages.getMessage("fin.goaml.invalid." + v.kind().name(), args, locale);
  }
}
