package org.kuzet.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.kuzet.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After any sign-in (password or provider): switch to the account's preferred language, then go
 * where the person was headed, to the home page, or, for an account not yet approved, to the
 * waiting page.
 */
final class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private final Accounts accounts;
  private final LocaleResolver locales;
  private final Clock clock;

  SignInSuccessHandler(Accounts accounts, LocaleResolver locales, Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.locales = locales;
    setDefaultTargetUrl("/home");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    var user = CurrentUser.from(authentication);
    if (user.isPresent()) {
      SessionStamp.stamp(request, accounts.sessionEpoch(user.get().accountId()), clock.instant());
      accounts
          .localeOf(user.get().accountId())
          .ifPresent(tag -> locales.setLocale(request, response, Locale.forLanguageTag(tag)));
      if (user.get().roles().isEmpty()) {
        getRedirectStrategy().sendRedirect(request, response, "/pending");
        return;
      }
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
