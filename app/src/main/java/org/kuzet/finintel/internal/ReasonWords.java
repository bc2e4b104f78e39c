package org.kuzet.finintel.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert's reason in the reader's language. The detection engine gives each alert the facts
 * its English reason is made of ({@link AlertFacts}); they are stored beside the reason and
 * worded here from {@code fin.why.<kind>} messages, numbers formatted for the reader. An alert
 * without facts (screening hits, alerts stored before facts were kept) shows its stored reason.
 */
@Component("reasonWords")
public class ReasonWords {

  static final char SEPARATOR = '\u001f';

  private final MessageSource messages;
  private final Formats formats;

  ReasonWords(MessageSource messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  static String encode(AlertFacts facts) {
    var out = new StringBuilder(facts.kind());
    for (String v : facts.values()) {
      out.append(SEPARATOR).append(v.replace(SEPARATOR, ' '));
    }
    return out.toString();
  }

  /** The reason in the reader's language; the stored reason when there are no facts. */
  public String of(@Nullable String facts, String reason) {
    if (facts == null || facts.isEmpty()) {
      return reason;
    }
    Locale locale = LocaleContextHolder.getLocale();
    String[] parts = facts.split(String.valueOf(SEPARATOR), -1);
    Object[] args = Arrays.stream(parts, 1, parts.length).map(v -> value(v, locale)).toArray();
    return messages.getMessage("fin.why." + parts[0], args, reason, locale);
  }

  /**
   * An amount or rate (a decimal with a point) written as the reader's language writes numbers,
   * with the decimals it carries (the same form as money on the pages, {@link Formats#decimal}); a payment type by its name; anything else (counts, accounts) as written, so an
   * account number is never grouped like an amount.
   */
  private Object value(String v, Locale locale) {
    if (v.matches("-?\\d{1,18}\\.\\d{1,4}")) {
      return formats.decimal(new BigDecimal(v), locale);
    }
    if (v.matches("[A-Z]{2,20}")) {
      return messages.getMessage("fin.paymentType." + v, null, v, locale);
    }
    return v;
  }
}
