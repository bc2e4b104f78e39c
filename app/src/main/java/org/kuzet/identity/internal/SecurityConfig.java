package org.kuzet.identity.internal;

import jakarta.servlet.RequestDispatcher;
import java.time.Clock;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The security filter chain. The rules themselves live in {@link AccessRules}; this class only
 * applies them and wires sign-in: password form, OpenID Connect providers and API tokens.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcProviders,
      Accounts accounts,
      ApiTokens tokens,
      LocaleResolver locales,
      FederatedAccounts federated,
      SignInThrottle throttle,
      Clock clock)
      throws Exception {
    var requestCache = new HttpSessionRequestCache();
    var signedIn = new SignInSuccessHandler(accounts, locales, clock);
    signedIn.setRequestCache(requestCache);

    http.authorizeHttpRequests(
        auth -> {
          auth.requestMatchers(AccessRules.PUBLIC_PATHS.toArray(String[]::new)).permitAll();
          auth.requestMatchers("/pending").authenticated();
          for (var rule : AccessRules.URL_RULES) {
            auth.requestMatchers(rule.pattern())
                .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
          }
          auth.anyRequest()
              .hasAnyRole(AccessRules.ANY_ROLE.stream().map(Role::name).toArray(String[]::new));
        });

    http.addFilterBefore(new SecurityHeadersFilter(), HeaderWriterFilter.class);
    http.addFilterBefore(new ApiTokenFilter(tokens, accounts), BasicAuthenticationFilter.class);
    http.addFilterBefore(new AccountRefreshFilter(accounts), BasicAuthenticationFilter.class);
    http.addFilterBefore(
        new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    http.formLogin(form -> form.loginPage("/login").successHandler(signedIn).permitAll());
    http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    http.requestCache(cache -> cache.requestCache(requestCache));

    // Scripts call /api/** with tokens: answer 401 as a problem document, never a redirect.
    // People who open a page unsigned get 401 too, with the sign-in form as its body, and come
    // back to that page after signing in.
    http.exceptionHandling(
        ex -> {
          ex.defaultAuthenticationEntryPointFor(
              (request, response, e) -> {
                response.setHeader("WWW-Authenticate", "Bearer");
                ProblemResponses.write(
                    request, response, 401, "Unauthorized", "sign in or send an API token");
              },
              ProblemResponses::isApi);
          ex.defaultAuthenticationEntryPointFor(
              (request, response, e) -> {
                requestCache.saveRequest(request, response);
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 401);
                request.getRequestDispatcher("/login").forward(request, response);
              },
              request -> true);
          ex.accessDeniedHandler(accessDenied());
        });

    // Scripts calling /api/** with a token (or with no cookies at all) cannot be forged by
    // another site, so they need no CSRF token; an API call that rides on a browser's session
    // cookie can, so it must send the token like any form does.
    http.csrf(csrf -> csrf.ignoringRequestMatchers(ProblemResponses::isCookielessApiCall));

    if (oidcProviders.getIfAvailable() != null) {
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .successHandler(signedIn)
                  .failureUrl("/login?error")
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(federated)));
    }
    return http.build();
  }

  /**
   * An account waiting for approval is sent to the waiting page, whatever it asks for; API clients
   * get a problem document; everyone else the error page with 403.
   */
  private static AccessDeniedHandler accessDenied() {
    var page = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      boolean waiting = CurrentUser.get().map(u -> u.roles().isEmpty()).orElse(false);
      if (ProblemResponses.isApi(request)) {
        ProblemResponses.write(
            request,
            response,
            403,
            "Forbidden",
            waiting ? "account waiting for approval" : "not allowed for your role or agency");
      } else if (waiting && "GET".equals(request.getMethod())) {
        response.sendRedirect(request.getContextPath() + "/pending");
      } else {
        page.handle(request, response, e);
      }
    };
  }
}
