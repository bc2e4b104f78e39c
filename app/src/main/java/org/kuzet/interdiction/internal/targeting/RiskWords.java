package org.kuzet.interdiction.internal.targeting;

import static java.util.Objects.requireNonNullElse;

import java.util.Arrays;
import java.util.Locale;
import org.kuzet.web.Countries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a rule fired, kept as facts and worded when read. Scoring writes a message key and its values
 * ({@link #why}); a page shows them in the reader's language ({@code
 * ${@riskWords.of(f.detail())}}). A value written {@code @key} is itself a message (a vehicle
 * type), one written {@code country:KAZ} a country named in the reader's language. Scores kept
 * before facts were kept show their stored English.
 */
@Component("riskWords")
public class RiskWords {

  static final char SEPARATOR = '\u001f';
  private static final String PREFIX = "interdiction.risk.why.";

  private final MessageSource messages;

  RiskWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The facts of one reason: the key under {@code interdiction.risk.why.} and its values. */
  static String why(String key, Object... values) {
    var out = new StringBuilder(key);
    for (Object v : values) {
      out.append(SEPARATOR).append(String.valueOf(v).replace(SEPARATOR, ' '));
    }
    return out.toString();
  }

  /** The reason in the reader's language. */
  public String of(String detail) {
    Locale locale = LocaleContextHolder.getLocale();
    if (detail.indexOf(SEPARATOR) < 0 && !detail.matches("[a-zA-Z.]+")) {
      return detail;
    }
    String[] parts = detail.split(String.valueOf(SEPARATOR), -1);
    Object[] args =
        Arrays.stream(parts, 1, parts.length)
            .map(
                a ->
                    a.startsWith("@")
                        ? messages.getMessage(a.substring(1), null, a.substring(1), locale)
                        : a.startsWith("country:") ? Countries.name(a.substring(8), locale) : a)
            .toArray();
    return requireNonNullElse(messages.getMessage(PREFIX + parts[0], args, detail, locale), detail);
  }
}
