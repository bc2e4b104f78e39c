package org.kuzet.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kuzet.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While the database cannot be reached (or its disk is full), every page answers 503 "temporarily
 * unavailable" in the user's language (and {@code /api/**} a problem document), with {@code
 * Retry-After}, instead of a 500. It wraps the whole filter chain, security included, because the
 * first database call of a request is often made there (the signed-in account is re-read on every
 * request). The page is a plain template of its own: the usual layout reads the database too. A
 * request never waits longer than the pool's connection time-out for this answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
  static final String RETRY_AFTER_SECONDS = "30";

  private final ITemplateEngine templates;
  private final LocaleResolver locales;

  DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales) {
    this.templates = templates;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      boolean storageFull = DatabaseOutage.isStorageFull(e);
      if (!(storageFull || DatabaseOutage.isOutage(e)) || response.isCommitted()) {
        throw e;
      }
      log.warn(
          "database unavailable, answering 503 to {} {}: {}",
          request.getMethod(),
          request.getRequestURI(),
          rootMessage(e));
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\""
                    + (storageFull
                        ? "the database's storage is full; nothing was saved; an administrator must free space"
                        : "the database is temporarily unavailable; nothing was saved; try again in a minute")
                    + "\"}");
      } else {
        response.setContentType("text/html");
        var context = new Context(locales.resolveLocale(request));
        context.setVariable("retry", request.getRequestURI());
        context.setVariable("storageFull", storageFull);
        templates.process("unavailable", context, response.getWriter());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}
