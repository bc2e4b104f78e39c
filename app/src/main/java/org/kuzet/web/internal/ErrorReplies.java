package org.kuzet.web.internal;

import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writes an error in the one shape of each channel: an HTML page in the user's language for pages
 * (template {@code error.html}, with a way back), an RFC 9457 problem document for {@code /api/**}
 * (and {@code /actuator/**}), naming each field at fault under {@code errors}.
 */
@Component
class ErrorReplies {

  /**
   * One field (or request parameter) at fault and what is wrong with it, in the user's language.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FieldProblem(
      String field,
      String message,
      @Nullable String code,
      @Nullable List<String> args,
      @Nullable Map<String, String> place) {

    FieldProblem(String field, String message) {
      this(field, message, null, null, null);
    }

    /** The problem with its facts (stable code, arguments and place) where it has them. */
    static FieldProblem of(String field, String message, Refusal.@Nullable Facts facts) {
      return facts == null
          ? new FieldProblem(field, message)
          : new FieldProblem(field, message, facts.code(), facts.args(), facts.place());
    }
  }

  /** The kinds of error page; each has a heading and an explanation in the message bundles. */
  enum Kind {
    BAD_REQUEST("error.badRequest"),
    FORBIDDEN("error.forbidden"),
    NOT_FOUND("error.notFound"),
    CONFLICT("error.conflict"),
    UNAVAILABLE("error.unavailable"),
    SERVER_ERROR("error.server");

    final String key;

    Kind(String key) {
      this.key = key;
    }

    static Kind of(int status) {
      return switch (status) {
        case 401, 403 -> FORBIDDEN;
        case 404, 410 -> NOT_FOUND;
        case 409 -> CONFLICT;
        case 502, 503, 504 -> UNAVAILABLE;
        default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
      };
    }
  }

  private final MessageSource messages;
  private final LayoutModel layout;

  ErrorReplies(MessageSource messages, LayoutModel layout) {
    this.messages = messages;
    this.layout = layout;
  }

  /** Whether the path is answered in the API's shape: problem documents, never pages. */
  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator/");
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  String text(MessageSourceResolvable message) {
    return messages.getMessage(message, LocaleContextHolder.getLocale());
  }

  String text(String key, Object... args) {
    return requireNonNullElse(
        messages.getMessage(key, args, key, LocaleContextHolder.getLocale()), key);
  }

  /**
   * The answer to a request at {@code path} that failed with {@code status}. {@code detail} says
   * what went wrong when no field is at fault (null: the kind's own explanation).
   */
  Object reply(
      HttpServletRequest request,
      String path,
      HttpStatus status,
      @Nullable String detail,
      List<FieldProblem> problems) {
    return isApi(path)
        ? problem(path, status, detail, problems)
        : page(request, status, detail, problems);
  }

  private ResponseEntity<ProblemDetail> problem(
      String path, HttpStatus status, @Nullable String detail, List<FieldProblem> problems) {
    Locale english = Locale.ENGLISH;
    String summary =
        !problems.isEmpty()
            ? String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList())
            : detail != null
                ? detail
                : messages.getMessage(Kind.of(status.value()).key + ".detail", null, english);
    var problem = ProblemDetail.forStatusAndDetail(status, summary);
    problem.setTitle(title(status));
    problem.setInstance(URI.create(path.replaceAll("[^\\p{Alnum}/._~-]", "")));
    if (!problems.isEmpty()) {
      problem.setType(URI.create("urn:kuzet:problem:validation"));
      problem.setProperties(Map.of("errors", problems));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The problem document's title: fixed English words, as RFC 9457 clients expect. */
  private static String title(HttpStatus status) {
    return switch (Kind.of(status.value())) {
      case BAD_REQUEST ->
          status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase();
      case FORBIDDEN -> status.getReasonPhrase();
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case UNAVAILABLE -> "Temporarily unavailable";
      case SERVER_ERROR -> "Internal server error";
    };
  }

  private ModelAndView page(
      HttpServletRequest request,
      HttpStatus status,
      @Nullable String detail,
      List<FieldProblem> problems) {
    var model = new LinkedHashMap<String, Object>(layout.attributes(request));
    Kind kind = Kind.of(status.value());
    model.put("status", status.value());
    model.put("heading", kind.key);
    model.put("explanation", kind.key + ".detail");
    model.put("problem", detail);
    model.put("problems", problems);
    model.put("back", sameSiteReferer(request));
    var page = new ModelAndView("error", model);
    page.setStatus(status);
    return page;
  }

  /** The page the user came from, when it is a page of this application: the way back. */
  private static @Nullable String sameSiteReferer(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return null;
    }
    try {
      URI uri = URI.create(referer);
      boolean sameSite =
          request.getServerName().equalsIgnoreCase(uri.getHost())
              && (uri.getPort() == -1 || uri.getPort() == request.getServerPort());
      if (!sameSite
          || uri.getRawPath() == null
          || !uri.getRawPath().startsWith("/")
          || uri.getRawPath().startsWith("//")) {
        return null;
      }
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
