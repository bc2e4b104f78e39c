package org.kuzet.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reached a controller (a refusal of the security filters, a fault while a page
 * was drawn) come here through the container's error page, and are answered in the same shapes as
 * {@link ErrorAnswers}: a page for pages, a problem document for {@code /api/**}. Replaces Spring
 * Boot's whitelabel controller, which answers browsers' API errors and scripts' page errors in the
 * wrong shape.
 */
@Controller
class ErrorPageController implements ErrorController {

  private final ErrorReplies replies;

  ErrorPageController(ErrorReplies replies) {
    this.replies = replies;
  }

  @RequestMapping("${server.error.path:/error}")
  Object error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // Opened directly, not through the container's error dispatch: there is no page here.
    HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.NOT_FOUND;
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri instanceof String s && s.startsWith(request.getContextPath())
            ? s.substring(request.getContextPath().length())
            : ErrorReplies.path(request);
    return replies.reply(request, path, status, null, List.of());
  }
}
