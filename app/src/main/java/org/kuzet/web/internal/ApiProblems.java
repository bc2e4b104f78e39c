package org.kuzet.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the REST API as RFC 9457 problem documents. A validation failure answers 400 and
 * names each field that is wrong and why, under {@code errors}.
 */
// Before Spring Boot's own problem-details advice, which would otherwise answer @Valid failures
// without naming the fields.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

  record FieldProblem(String field, String message) {}

  // BindException covers @Valid failures (MethodArgumentNotValidException) and the checks a
  // service adds to the same BindingResult afterwards.
  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalid(BindException e) {
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map((FieldError f) -> new FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(errors));
    problem.setTitle("Invalid request");
    problem.setType(URI.create("urn:kuzet:problem:validation"));
    problem.setProperties(Map.of("errors", errors));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "not allowed for your role or agency");
    problem.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  private static String summary(List<FieldProblem> errors) {
    return errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
  }
}
