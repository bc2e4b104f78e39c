package org.kuzet.watchlist.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Validation failures of the screening API as problem documents naming each field, in the shape
 * the platform's API errors use. Ordered first: Spring Boot's own problem-details handler would
 * otherwise answer with a generic "Invalid request content" that names no field.
 */
@RestControllerAdvice(assignableTypes = ScreeningApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreeningApiProblems {

  record FieldProblem(String field, String message) {}

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage())))
            .toList();
    String detail =
        errors.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request");
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setType(URI.create("urn:kuzet:problem:validation"));
    problem.setProperties(Map.of("errors", errors));
    return ResponseEntity.badRequest().body(problem);
  }
}
