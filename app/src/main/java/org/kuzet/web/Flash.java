package org.kuzet.web;

import static java.util.Objects.requireNonNullElse;

import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change from a form, redirects (post/redirect/get) and says how it went on the next page: a
 * confirmation in the flash attribute {@code ok}, or the refusal in {@code error} (and the field at
 * fault in {@code errorField}; every problem in {@code errorList} when a form had several), in the
 * user's language. The fragment {@code fragments :: flash} shows them. Nothing of a refused change
 * is kept: the change's transaction rolled back when the {@link Refusal} left it.
 */
@Component
public class Flash {

  /** What to say when the change is done: a message key and its arguments. */
  public record Said(String key, Object... args) {}

  private final MessageSource messages;

  Flash(MessageSource messages) {
    this.messages = messages;
  }

  /** Runs the change and answers the redirect to {@code redirectTo}. */
  public String run(RedirectAttributes ra, String redirectTo, Supplier<Said> change) {
    try {
      Said said = change.get();
      done(ra, said.key(), said.args());
    } catch (Refusal r) {
      refused(ra, r);
    }
    return "redirect:" + redirectTo;
  }

  /**
   * Says on the next page that a change is done, where the redirect depends on what the change
   * made.
   */
  public void done(RedirectAttributes ra, String key, Object... args) {
    ra.addFlashAttribute("ok", text(key, args));
  }

  /** Says on the next page why a change was refused. */
  public void refused(RedirectAttributes ra, Refusal r) {
    ra.addFlashAttribute("error", text(r.first()));
    ra.addFlashAttribute("errorField", r.first().field());
    if (r.problems().size() > 1) {
      ra.addFlashAttribute("errorList", r.problems().stream().map(this::text).toList());
    }
  }

  public String text(String key, Object... args) {
    return requireNonNullElse(
        messages.getMessage(key, args, key, LocaleContextHolder.getLocale()), key);
  }

  public String text(MessageSourceResolvable message) {
    return messages.getMessage(message, LocaleContextHolder.getLocale());
  }
}
