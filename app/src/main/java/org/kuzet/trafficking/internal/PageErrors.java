package org.kuzet.trafficking.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Bad input on the module's pages answers 400 with what was wrong, in the reader's language. */
@ControllerAdvice(assignableTypes = {CasePages.class, StatisticsPages.class})
class PageErrors {

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  String badParameter(IllegalArgumentException e, HttpServletResponse response, Model model) {
    response.setStatus(400);
    model.addAttribute("problems", List.of(String.valueOf(e.getMessage())));
    return "trafficking/problem";
  }

  @ExceptionHandler(InvalidInput.class)
  String invalid(InvalidInput e, HttpServletResponse response, Model model, Locale locale) {
    response.setStatus(400);
    model.addAttribute(
        "problems",
        e.problems().stream()
            .map(p -> messages.getMessage(p.key(), p.args().stream().map(Object::toString).toArray(), locale))
            .toList());
    return "trafficking/problem";
  }
}
