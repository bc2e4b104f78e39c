package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Walks EVERY endpoint the application maps (every module's, as they are added) and proves the
 * server refuses: anonymous requests get 401 (pages with the sign-in form) except on the public
 * paths, and a signed-in user whose roles the URL rule does not list gets 403 — or, for an account
 * still waiting for approval, the waiting page.
 */
@OnH2
class RefusalWalkerH2IT {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired Accounts accounts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  /** One concrete request per mapped method and path pattern. */
  record Endpoint(HttpMethod method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  List<Endpoint> endpoints() {
    return endpoints(mappings);
  }

  /** Every mapped method and path pattern, as one concrete request each. */
  static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
    var all = new LinkedHashSet<Endpoint>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              Collection<RequestMethod> used =
                  methods.isEmpty() ? List.of(RequestMethod.GET) : methods;
              for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : used) {
                  all.add(new Endpoint(m.asHttpMethod(), concrete(pattern)));
                }
              }
            });
    assertThat(all).as("mapped endpoints").hasSizeGreaterThan(10);
    return List.copyOf(all);
  }

  /** A path the pattern matches: every {variable} becomes 1, a trailing ** becomes x. */
  static String concrete(String pattern) {
    var out = new StringBuilder();
    int depth = 0;
    for (char c : pattern.toCharArray()) {
      if (c == '{') {
        if (depth++ == 0) {
          out.append('1');
        }
      } else if (c == '}') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString().replace("/**", "/x").replace("*", "x");
  }

  static boolean matches(String pattern, String path) {
    return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
  }

  static boolean isPublic(String path) {
    return AccessRules.PUBLIC_PATHS.stream().anyMatch(p -> matches(p, path));
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.startsWith("/actuator/");
  }

  static Optional<AccessRules.UrlRule> ruleFor(String path) {
    return AccessRules.URL_RULES.stream().filter(r -> matches(r.pattern(), path)).findFirst();
  }

  @Test
  void anonymousRequestsAreRefusedEverywhereButThePublicPaths() throws Exception {
    var problems = new ArrayList<String>();
    int checked = 0;
    for (Endpoint e : endpoints()) {
      if (isPublic(e.path())) {
        continue;
      }
      checked++;
      MvcResult result = mvc.perform(request(e.method(), e.path()).with(csrf())).andReturn();
      int status = result.getResponse().getStatus();
      if (status != 401) {
        problems.add(e + " answered " + status + " to an anonymous request");
      } else if (!isApi(e.path()) && !"/login".equals(result.getResponse().getForwardedUrl())) {
        problems.add(e + " answered 401 without the sign-in form");
      } else if (isApi(e.path())
          && !String.valueOf(result.getResponse().getContentType())
              .startsWith("application/problem+json")) {
        problems.add(e + " answered 401 without a problem document");
      }
    }
    assertThat(checked).isPositive();
    assertThat(problems).as("endpoints that do not refuse anonymous requests").isEmpty();
  }

  @Test
  void usersWithoutTheRuleRolesAreRefused() throws Exception {
    String waiting = "walker-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(waiting, "Waiting", AgencyCode.of("UNASSIGNED"), "PENDING", null, Set.of());

    var problems = new ArrayList<String>();
    int checked = 0;
    for (Endpoint e : endpoints()) {
      if (isPublic(e.path()) || e.path().equals("/pending")) {
        continue;
      }
      var rule = ruleFor(e.path());
      // The user: a demo account holding none of the rule's roles; for paths every approved
      // account may open, an account still waiting for approval (it holds no role at all).
      String user =
          rule.flatMap(
                  r ->
                      DemoAccounts.ALL.stream()
                          .filter(d -> d.roles().stream().noneMatch(r.roles()::contains))
                          .map(DemoAccounts.Demo::username)
                          .findFirst())
              .orElse(waiting);
      checked++;
      MvcResult result =
          mvc.perform(request(e.method(), e.path()).with(as.user(user)).with(csrf())).andReturn();
      int status = result.getResponse().getStatus();
      boolean sentToWaitingPage =
          user.equals(waiting)
              && e.method() == HttpMethod.GET
              && !isApi(e.path())
              && status == 302
              && "/pending".equals(result.getResponse().getRedirectedUrl());
      if (status != 403 && !sentToWaitingPage) {
        problems.add(e + " answered " + status + " to " + user);
      }
    }
    assertThat(checked).isPositive();
    assertThat(problems).as("endpoints that let in users without the rule's roles").isEmpty();
  }
}
