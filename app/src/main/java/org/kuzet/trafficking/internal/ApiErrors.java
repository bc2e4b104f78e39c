package org.kuzet.trafficking.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's refusals as RFC 9457 problem documents naming each field that is wrong. */
@RestControllerAdvice(assignableTypes = TraffickingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  record FieldProblem(String field, String message) {}

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInput e, Locale locale) {
    List<FieldProblem> errors =
        e.problems().stream()
            .map(p -> new FieldProblem(p.field(), messages.getMessage(p.key(), p.args().stream().map(Object::toString).toArray(), locale)))
            .toList();
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            String.join("; ", errors.stream().map(f -> f.field() + ": " + f.message()).toList()));
    problem.setTitle("Invalid request");
    problem.setProperties(Map.of("errors", errors));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(CaseNotFound.class)
  ResponseEntity<ProblemDetail> notFound(CaseNotFound e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such case");
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    String detail = "the request body is not valid JSON for this endpoint";
    if (e.getMostSpecificCause() instanceof tools.jackson.core.JacksonException j) {
      String path = j.getPathReference();
      detail = detail + (path == null ? "" : " (at " + path + ")") + ": " + j.getOriginalMessage();
    }
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }
}
