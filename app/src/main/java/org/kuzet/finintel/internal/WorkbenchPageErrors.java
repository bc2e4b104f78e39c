package org.kuzet.finintel.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Bad input on a workbench page: a page saying what was wrong, not a stack trace. */
@ControllerAdvice(assignableTypes = {WorkbenchPages.class, FinancialCasePages.class})
class WorkbenchPageErrors {

  @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
  String badInput(RuntimeException e, HttpServletResponse response, Model model) {
    response.setStatus(e instanceof IllegalStateException ? 409 : 400);
    model.addAttribute("problem", String.valueOf(e.getMessage()));
    return "finintel/problem";
  }

  @ExceptionHandler(NotFound.class)
  String notFound(NotFound e, HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("problem", String.valueOf(e.getMessage()));
    return "finintel/problem";
  }
}
