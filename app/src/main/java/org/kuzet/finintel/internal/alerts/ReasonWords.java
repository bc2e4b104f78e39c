package org.kuzet.finintel.internal.alerts;

import static java.util.Objects.requireNonNullElse;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert's reason in the reader's language. The detection engine gives each alert the facts its
 * English reason is made of ({@link AlertFacts}); they are stored beside the reason and worded here
 * from {@code fin.why.<kind>} messages, numbers formatted for the reader. An alert without facts
 * (screening hits, alerts stored before facts were kept) shows its stored reason.
 */
@Component("reasonWords")
public class ReasonWords {

  static final char SEPARATOR = '\u001f';

  private final MessageSource messages;
  private static final Pattern HOP = Pattern.compile(" -\\[\\S+ (-?\\d+(?:\\.\\d+)?)]-> ");

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
    return requireNonNullElse(
        messages.getMessage("fin.why." + parts[0], args, reason, locale), reason);
  }

  /**
   * An amount or rate (a decimal with a point) written as the reader's language writes numbers,
   * with the decimals it carries (the same form as money on the pages, {@link Formats#decimal}); a
   * money path as its accounts with the amount of each hop between them; a payment type by its
   * name; anything else (counts, accounts) as written, so an account number is never grouped like
   * an amount.
   */
  private Object value(String v, Locale locale) {
    if (v.matches("-?\\d{1,18}\\.\\d{1,4}")) {
      return formats.decimal(new BigDecimal(v), locale);
    }
    if (v.contains("]-> ")) {
      return path(v, locale);
    }
    if (v.matches("[A-Z]{2,20}")) {
      return requireNonNullElse(messages.getMessage("fin.paymentType." + v, null, v, locale), v);
    }
    return v;
  }

  /**
   * The engine writes a path as {@code A -[id amount]-> B ...} with the amount as stored (eight
   * decimals); the reader sees {@code A → 27 210,32 → B}, the amount in their language's form with
   * no trailing zeros. Transaction ids stay in the alert's evidence.
   */
  private String path(String v, Locale locale) {
    Matcher m = HOP.matcher(v);
    var out = new StringBuilder();
    while (m.find()) {
      BigDecimal amount = new BigDecimal(m.group(1)).stripTrailingZeros();
      String words = formats.decimal(amount.scale() < 0 ? amount.setScale(0) : amount, locale);
      m.appendReplacement(out, Matcher.quoteReplacement(" \u2192 " + words + " \u2192 "));
    }
    m.appendTail(out);
    return out.toString();
  }
}
