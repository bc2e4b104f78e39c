package org.kuzet.workspace.internal.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A title's arguments in one column: each argument is its type letter, a colon and its value (t:
 * text, n: whole number, d: ISO date, c: message key, a bar and the code shown when the key has no
 * words), separated by the unit separator, which is taken out of texts.
 */
final class TitleArgs {

  private static final String SEPARATOR = "\u001F";

  private TitleArgs() {}

  static @Nullable String encode(List<Object> args) {
    if (args.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof Long || a instanceof Integer) {
        parts.add("n:" + a);
      } else if (a instanceof LocalDate d) {
        parts.add("d:" + d);
      } else if (a instanceof MessageSourceResolvable r && r.getCodes() != null) {
        parts.add("c:" + clean(r.getCodes()[0]) + "|" + clean(r.getDefaultMessage()));
      } else {
        parts.add("t:" + clean(String.valueOf(a)));
      }
    }
    return String.join(SEPARATOR, parts);
  }

  static Object[] decode(@Nullable String stored) {
    if (stored == null || stored.isEmpty()) {
      return new Object[0];
    }
    String[] parts = stored.split(SEPARATOR, -1);
    Object[] args = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String value = parts[i].substring(2);
      args[i] =
          switch (parts[i].charAt(0)) {
            case 'n' -> Long.parseLong(value);
            case 'd' -> LocalDate.parse(value);
            case 'c' -> {
              int bar = value.indexOf('|');
              yield new DefaultMessageSourceResolvable(
                  new String[] {value.substring(0, bar)}, null, value.substring(bar + 1));
            }
            default -> value;
          };
    }
    return args;
  }

  private static String clean(@Nullable String text) {
    return text == null ? "" : text.replace(SEPARATOR, " ");
  }
}
