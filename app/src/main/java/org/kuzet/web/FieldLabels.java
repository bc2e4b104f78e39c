package org.kuzet.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A refused field named for the reader. A {@link Refusal.Problem} names its field as the form posts
 * it ({@code persons[0].nationality}); pages show it as {@code field.*} messages say it, each list
 * index counted from one: "Person 1, nationality". The API keeps the posted name.
 */
@Component("fieldLabels")
public class FieldLabels {

  private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[(\\d{1,6})]");

  private final MessageSource messages;

  FieldLabels(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * The field's name as a message argument, for messages that name the field inside their text
   * ("{0}: ... is not a date"): the message source words it in the reader's language.
   */
  public static MessageSourceResolvable named(String field) {
    return new DefaultMessageSourceResolvable(new String[] {"field." + field}, field);
  }

  /** The field in the reader's language. */
  public String of(String field) {
    return of(field, LocaleContextHolder.getLocale());
  }

  public String of(String field, Locale locale) {
    var parts = new ArrayList<String>();
    for (String segment : field.split("\\.")) {
      Matcher m = INDEXED.matcher(segment);
      if (m.matches()) {
        int number = Integer.parseInt(m.group(2)) + 1;
        parts.add(
            messages.getMessage(
                "field." + m.group(1) + ".item",
                new Object[] {String.valueOf(number)},
                m.group(1) + " " + number,
                locale));
      } else {
        parts.add(messages.getMessage("field." + segment, null, segment, locale));
      }
    }
    String joined = String.join(", ", parts);
    return joined.isEmpty()
        ? joined
        : joined.substring(0, 1).toUpperCase(locale) + joined.substring(1);
  }
}
