package org.kuzet.identity.internal;

import jakarta.servlet.RequestDispatcher;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security filter chain. The rules themselves live in {@link AccessRules}; this class only
 * applies them and wires sign-in.
 */
@Configuration
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt by default, with the algorithm named in each hash so it can be raised later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders)
      throws Exception {
    var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    var requestCache = new HttpSessionRequestCache();

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

    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home").permitAll());
    http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    http.requestCache(cache -> cache.requestCache(requestCache));

    // Scripts call /api/** with tokens: answer 401, never a redirect. People who open a page
    // unsigned get 401 too, with the sign-in form as its body, and come back after signing in.
    http.exceptionHandling(
        ex -> {
          ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api);
          ex.defaultAuthenticationEntryPointFor(
              (request, response, e) -> {
                requestCache.saveRequest(request, response);
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 401);
                request.getRequestDispatcher("/login").forward(request, response);
              },
              request -> true);
        });

    http.csrf(csrf -> csrf.ignoringRequestMatchers(api));

    if (oidcProviders.getIfAvailable() != null) {
      http.oauth2Login(oauth -> oauth.loginPage("/login").defaultSuccessUrl("/home"));
    }
    return http.build();
  }
}
