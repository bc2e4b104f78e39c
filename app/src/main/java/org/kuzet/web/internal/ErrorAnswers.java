package org.kuzet.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.web.Conflict;
import org.kuzet.web.DatabaseOutage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.kuzet.web.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;

/**
 * The one place that turns an exception into an answer, for every module: an HTML error page in the
 * user's language for pages, a problem document naming the field for {@code /api/**} (see {@link
 * ErrorReplies}). Bad input of any kind (a refusal, a parameter that is not a date or a number, a
 * missing parameter, unreadable JSON) answers 400 and names what is wrong; only faults of the
 * server answer 5xx, and those never show a stack trace or an exception's name.
 */
// First among the advices: Spring Boot's problem-details handler would answer browsers with JSON.
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

  private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

  /** Values are echoed in messages only this long: a 10,000-character parameter is not repeated. */
  private static final int ECHO = 60;

  private final ErrorReplies replies;
  private final Texts texts;

  ErrorAnswers(ErrorReplies replies, Texts texts) {
    this.texts = texts;
    this.replies = replies;
  }

  @ExceptionHandler(Refusal.class)
  Object refused(Refusal e, HttpServletRequest request) {
    return invalid(
        request,
        e.problems().stream()
            .map(p -> ErrorReplies.FieldProblem.of(p.field(), replies.text(p), p.facts()))
            .toList());
  }

  // BindException covers @Valid failures (MethodArgumentNotValidException) and the checks a
  // service adds to the same BindingResult afterwards.
  @ExceptionHandler(BindException.class)
  Object unbound(BindException e, HttpServletRequest request) {
    var problems = new ArrayList<ErrorReplies.FieldProblem>();
    for (FieldError f : e.getBindingResult().getFieldErrors()) {
      String message =
          f.isBindingFailure()
              ? notValid(f.getRejectedValue(), null)
              : String.valueOf(f.getDefaultMessage());
      problems.add(new ErrorReplies.FieldProblem(f.getField(), message));
    }
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(
            g ->
                problems.add(
                    new ErrorReplies.FieldProblem(
                        g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
    return invalid(request, problems);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object mistyped(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return invalid(
        request,
        List.of(
            new ErrorReplies.FieldProblem(
                e.getName(), notValid(e.getValue(), e.getRequiredType()))));
  }

  @ExceptionHandler(TypeMismatchException.class)
  Object mistyped(TypeMismatchException e, HttpServletRequest request) {
    String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
    return invalid(
        request,
        List.of(new ErrorReplies.FieldProblem(name, notValid(e.getValue(), e.getRequiredType()))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return invalid(
        request,
        List.of(
            new ErrorReplies.FieldProblem(
                e.getParameterName(), replies.text("error.value.missing"))));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
    var problems = new ArrayList<ErrorReplies.FieldProblem>();
    e.getParameterValidationResults()
        .forEach(
            result -> {
              String name = String.valueOf(result.getMethodParameter().getParameterName());
              result
                  .getResolvableErrors()
                  .forEach(
                      error ->
                          problems.add(
                              new ErrorReplies.FieldProblem(
                                  name, String.valueOf(error.getDefaultMessage()))));
            });
    return invalid(request, problems);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    String detail = replies.text("error.body.unreadable");
    if (e.getMostSpecificCause() instanceof JacksonException j) {
      String at = j.getPathReference();
      return invalid(
          request, List.of(new ErrorReplies.FieldProblem(at == null ? "body" : at, detail)));
    }
    return replies.reply(
        request, ErrorReplies.path(request), HttpStatus.BAD_REQUEST, detail, List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return replies.reply(
        request,
        ErrorReplies.path(request),
        HttpStatus.CONTENT_TOO_LARGE,
        replies.text("error.upload.tooLarge"),
        List.of());
  }

  @ExceptionHandler(NotFound.class)
  Object notFound(NotFound e, HttpServletRequest request) {
    log.debug("{}: {}", request.getRequestURI(), e.getMessage());
    return replies.reply(
        request, ErrorReplies.path(request), HttpStatus.NOT_FOUND, null, List.of());
  }

  @ExceptionHandler(Conflict.class)
  Object conflict(Conflict e, HttpServletRequest request) {
    return replies.reply(
        request, ErrorReplies.path(request), HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  /** Bad input that a module refused without naming a field. */
  @ExceptionHandler(IllegalArgumentException.class)
  Object badInput(IllegalArgumentException e, HttpServletRequest request) {
    log.debug("{}: {}", request.getRequestURI(), e.getMessage());
    return replies.reply(
        request, ErrorReplies.path(request), HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object denied(AccessDeniedException e, HttpServletRequest request) {
    if (CurrentUser.get().isEmpty()) {
      // Not signed in: Spring Security answers with the sign-in form (pages) or 401 (API).
      throw e;
    }
    return replies.reply(
        request,
        ErrorReplies.path(request),
        HttpStatus.FORBIDDEN,
        "not allowed for your role or agency",
        List.of());
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    QueryTimeoutException.class,
    TransientDataAccessException.class
  })
  Object unavailable(Exception e, HttpServletRequest request) {
    // A full disk is not a wait-and-retry outage: say so, so that someone frees space.
    boolean storageFull = DatabaseOutage.isStorageFull(e);
    log.warn(
        "{} {}: the database {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        storageFull ? "has no space left" : "is not answering",
        e.toString());
    return replies.reply(
        request,
        ErrorReplies.path(request),
        HttpStatus.SERVICE_UNAVAILABLE,
        storageFull ? texts.of("unavailable.storageFull") : null,
        List.of());
  }

  /**
   * Everything else: Spring's own errors (unknown path, wrong method, ...) keep their status;
   * anything unexpected is a fault of the server, logged with its stack trace and answered 500
   * without it.
   */
  @ExceptionHandler(Exception.class)
  Object other(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (e instanceof AuthenticationException
        || e instanceof AsyncRequestNotUsableException
        || e instanceof AsyncRequestTimeoutException
        || response.isCommitted()) {
      // Spring Security, or the container, answers these (sign-in, a closed live stream).
      throw e;
    }
    HttpStatus status = statusOf(e);
    if (status.is5xxServerError()) {
      log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    } else {
      log.debug("{} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
    }
    if (e instanceof ErrorResponse r) {
      r.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }
    String reason = e instanceof ResponseStatusException r ? r.getReason() : null;
    return replies.reply(request, ErrorReplies.path(request), status, reason, List.of());
  }

  private static HttpStatus statusOf(Exception e) {
    if (e instanceof ErrorResponse r) {
      return HttpStatus.valueOf(r.getStatusCode().value());
    }
    ResponseStatus declared =
        AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    if (declared != null) {
      return declared.code();
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private Object invalid(HttpServletRequest request, List<ErrorReplies.FieldProblem> problems) {
    return replies.reply(
        request, ErrorReplies.path(request), HttpStatus.BAD_REQUEST, null, problems);
  }

  /**
   * "is not a date (YYYY-MM-DD): «x»", "is not a whole number in range: «x»", or plainly not valid.
   */
  private String notValid(@Nullable Object value, @Nullable Class<?> type) {
    String shown = String.valueOf(value);
    if (shown.length() > ECHO) {
      shown = shown.substring(0, ECHO) + "…";
    }
    String key =
        type == null
            ? "error.value.invalid"
            : Temporal.class.isAssignableFrom(type)
                ? "error.value.date"
                : Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class
                    ? "error.value.number"
                    : "error.value.invalid";
    return replies.text(key, shown);
  }
}
