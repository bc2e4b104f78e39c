package org.kuzet.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language Kuzet has bundles for. */
class SupportedLocaleInterceptor implements HandlerInterceptor {

  private final LocaleChangeInterceptor delegate;
  private final List<String> languages;

  SupportedLocaleInterceptor(LocaleChangeInterceptor delegate, List<String> languages) {
    this.delegate = delegate;
    this.languages = languages;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws ServletException {
    String lang = request.getParameter("lang");
    if (lang != null && languages.contains(lang)) {
      return delegate.preHandle(request, response, handler);
    }
    return true;
  }
}
