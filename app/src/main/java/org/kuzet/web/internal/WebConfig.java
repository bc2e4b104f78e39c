package org.kuzet.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English, Russian and Kazakh; the choice ({@code ?lang=ru}) is remembered in a cookie. The API
 * also reads {@code Accept-Language}.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"));

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("kuzet-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    // Pages without a chosen language are English; an API call without ?lang or the cookie is
    // answered in the language its Accept-Language asks for, when it is one of ours.
    resolver.setDefaultLocaleFunction(
        request -> {
          String accept = request.getHeader("Accept-Language");
          if (accept == null || !ErrorReplies.isApi(ErrorReplies.path(request))) {
            return Locale.ENGLISH;
          }
          try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
            return chosen == null ? Locale.ENGLISH : chosen;
          } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
          }
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(
        new SupportedLocaleInterceptor(
            change, SUPPORTED.stream().map(Locale::getLanguage).toList()));
  }
}
