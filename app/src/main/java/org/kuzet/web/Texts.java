package org.kuzet.web;

import static java.util.Objects.requireNonNullElse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message keys worded in the user's language, for controllers that put refusals beside a form. */
@Component
public class Texts {

  private final MessageSource messages;

  Texts(MessageSource messages) {
    this.messages = messages;
  }

  public String of(MessageSourceResolvable message) {
    return messages.getMessage(message, LocaleContextHolder.getLocale());
  }

  public String of(String key, Object... args) {
    return requireNonNullElse(
        messages.getMessage(key, args, key, LocaleContextHolder.getLocale()), key);
  }

  /** Each field's problems in words, joined when a field has more than one. */
  public Map<String, String> byField(List<Refusal.Problem> problems) {
    var map = new LinkedHashMap<String, String>();
    problems.forEach(p -> map.merge(p.field(), of(p), (a, b) -> a + "; " + b));
    return map;
  }
}
