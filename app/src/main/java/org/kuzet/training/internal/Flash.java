package org.kuzet.training.internal;

import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change from a form and says how it went on the next page: a confirmation, or the
 * refusal in the user's language. Nothing of a refused change is kept (its transaction rolled back).
 */
@Component
class Flash {

  /** A message key and its arguments. */
  record Said(String key, Object... args) {}

  private final MessageSource messages;

  Flash(MessageSource messages) {
    this.messages = messages;
  }

  String run(RedirectAttributes ra, String redirectTo, Supplier<Said> change) {
    try {
      Said said = change.get();
      ra.addFlashAttribute("ok", text(said.key(), said.args()));
    } catch (Refusal r) {
      ra.addFlashAttribute("error", text(r.key(), r.args()));
    }
    return "redirect:" + redirectTo;
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
