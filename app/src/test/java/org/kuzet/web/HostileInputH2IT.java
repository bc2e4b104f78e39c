package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.Role;
import org.kuzet.testing.As;
import org.kuzet.testing.OnH2;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sends EVERY GET route the application maps hostile values, one parameter (or path variable) at a
 * time, signed in as every demo account whose role reaches the route (the administrator included)
 * and once anonymously, and fails on any 5xx or any stack trace or exception name in a body.
 * Routes, parameters and path variables come from Spring's own mappings, so a new endpoint is
 * walked without touching this test. Path variables of the other parts hold real ids, found in the
 * links of the pages the same user can open, so that a parameter is checked past the record lookup.
 */
@OnH2
class HostileInputH2IT {

  /** Values no form sends: non-dates, huge and negative numbers, markup, injection, long text. */
  static final List<String> HOSTILE =
      List.of(
          "x",
          "-1",
          "99999999999999999999",
          "50000000",
          "<script>alert(1)</script>",
          "' OR 1=1--",
          "A".repeat(10_000),
          "");

  /** Parameters many pages read without declaring them (paging, periods, search). */
  static final List<String> COMMON = List.of("page", "from", "year", "q");

  /** A stack trace line, or an exception's class name (simple or qualified). */
  static final Pattern LEAK =
      Pattern.compile(
          "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|\\b[A-Z]\\w*(Exception|Error)\\b|Caused by:");

  static final Pattern LINK = Pattern.compile("(?:href|hx-get|action)=\"(/[^\"#?]*)");

  @Autowired MockMvc mvc;
  @Autowired As as;

  @Autowired
  @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  /** A GET route: its path pattern, path variables, parameters, and which of them are typed. */
  record Route(
      String pattern,
      List<String> variables,
      Map<String, Class<?>> parameters,
      Set<String> required) {
    boolean api() {
      return pattern.startsWith("/api/");
    }
  }

  List<Route> routes() {
    var routes = new ArrayList<Route>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!isGet(info) || streams(info, handler)) {
                return;
              }
              var variables = new ArrayList<String>();
              var parameters = new LinkedHashMap<String, Class<?>>();
              var required = new LinkedHashSet<String>();
              for (MethodParameter p : handler.getMethodParameters()) {
                p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                PathVariable variable = p.getParameterAnnotation(PathVariable.class);
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (variable != null) {
                  variables.add(name(variable.name(), p));
                } else if (param != null && !Map.class.isAssignableFrom(p.getParameterType())) {
                  parameters.put(name(param.name(), p), p.getParameterType());
                  if (param.required()
                      && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)
                      && !p.isOptional()) {
                    required.add(name(param.name(), p));
                  }
                } else if (p.hasParameterAnnotation(ModelAttribute.class)
                    || (p.getParameterType().isRecord()
                        && p.getParameterAnnotations().length == 0)) {
                  for (RecordComponent c : recordComponents(p.getParameterType())) {
                    parameters.put(c.getName(), c.getType());
                  }
                }
              }
              COMMON.forEach(c -> parameters.putIfAbsent(c, String.class));
              for (String pattern : info.getPatternValues()) {
                routes.add(new Route(pattern, variables, parameters, required));
              }
            });
    assertThat(routes).as("mapped GET routes").hasSizeGreaterThan(50);
    return routes;
  }

  /**
   * Every role walks every route it reaches. To keep the walk within minutes, the hostile values of
   * one parameter are shared out among the roles that reach the route (each value is sent by one of
   * them, in turn); every role opens every route it reaches as found.
   */
  @Test
  void noHostileValueProducesAServerErrorForAnySignedInRole() throws Exception {
    var problems = new ArrayList<String>();
    var untyped = new ArrayList<String>();
    var walkers = new ArrayList<Walker>();
    for (Role role : Role.values()) {
      DemoAccounts.Demo demo =
          DemoAccounts.ALL.stream().filter(d -> d.roles().contains(role)).findFirst().orElseThrow();
      List<Route> reachable = routes().stream().filter(r -> reaches(demo, r.pattern())).toList();
      RequestPostProcessor user = as.user(demo.username());
      walkers.add(new Walker(demo.username(), user, crawl(user, reachable)));
    }
    int requests = 0;
    for (Route route : routes()) {
      List<Walker> reaching =
          walkers.stream()
              .filter(
                  w ->
                      reaches(
                          DemoAccounts.ALL.stream()
                              .filter(d -> d.username().equals(w.who()))
                              .findFirst()
                              .orElseThrow(),
                          route.pattern()))
              .toList();
      if (!reaching.isEmpty()) {
        requests += walk(route, reaching, problems, untyped);
      }
    }
    assertThat(requests).as("requests sent").isGreaterThan(1000);
    assertThat(problems).as("hostile values answered with a server error or a leak").isEmpty();
    assertThat(untyped).as("typed parameters not answered 400 naming the parameter").isEmpty();
  }

  /** A signed-in user and the links their pages show. */
  record Walker(String who, RequestPostProcessor user, Set<String> links) {}

  @Test
  void noHostileValueProducesAServerErrorForAnonymousVisitors() throws Exception {
    var problems = new ArrayList<String>();
    var untyped = new ArrayList<String>();
    int requests = 0;
    for (Route route : routes()) {
      requests +=
          walk(
              route,
              List.of(new Walker("anonymous", request -> request, Set.of())),
              problems,
              untyped);
    }
    assertThat(requests).as("requests sent").isGreaterThan(1000);
    assertThat(problems).as("hostile values answered with a server error or a leak").isEmpty();
  }

  /**
   * Sends the route as each walker finds it, then each hostile value in each part, each value by
   * the next walker in turn; returns the number of requests.
   */
  private int walk(Route route, List<Walker> walkers, List<String> problems, List<String> untyped)
      throws Exception {
    int sent = 0;
    for (Walker w : walkers) {
      check(w.who(), send(get(URI.create(real(route, w))), w.user()), route, "as found", problems);
      sent++;
    }
    int turn = 0;
    for (String variable : route.variables()) {
      for (String value : HOSTILE) {
        Walker w = walkers.get(turn++ % walkers.size());
        var hostile = new LinkedHashMap<>(variablesOf(route.pattern(), real(route, w)));
        hostile.put(variable, value.isEmpty() ? " " : value);
        String path = concrete(route.pattern(), hostile);
        check(
            w.who(),
            send(get(URI.create(path)), w.user()),
            route,
            variable + "=" + shown(value),
            problems);
        sent++;
      }
    }
    for (var parameter : route.parameters().entrySet()) {
      for (String value : HOSTILE) {
        Walker w = walkers.get(turn++ % walkers.size());
        String real = real(route, w);
        MvcResult result = send(get(URI.create(real)).param(parameter.getKey(), value), w.user());
        check(w.who(), result, route, parameter.getKey() + "=" + shown(value), problems);
        sent++;
        int status = result.getResponse().getStatus();
        if (value.equals("x") && typed(parameter.getValue()) && status == 400) {
          String body = result.getResponse().getContentAsString();
          String type = String.valueOf(result.getResponse().getContentType());
          boolean shaped =
              route.api()
                  ? type.startsWith("application/problem+json")
                  : type.startsWith("text/html");
          // Named: this parameter, or a required one the walk left out (checked first by Spring).
          boolean named =
              body.contains(parameter.getKey())
                  || route.required().stream().anyMatch(body::contains);
          if (!named || !shaped) {
            untyped.add(
                w.who()
                    + " GET "
                    + real
                    + "?"
                    + parameter.getKey()
                    + "=x answered 400 "
                    + type
                    + " without naming it");
          }
        } else if (value.equals("x") && typed(parameter.getValue()) && status == 200) {
          untyped.add(w.who() + " GET " + real + "?" + parameter.getKey() + "=x was accepted");
        }
      }
    }
    return sent;
  }

  /** The route with real ids from the walker's pages where one is linked, else 1. */
  private static String real(Route route, Walker w) {
    return w.links().stream()
        .filter(l -> matches(route.pattern(), l))
        .findFirst()
        .orElse(concrete(route.pattern(), Map.of()));
  }

  private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor user)
      throws Exception {
    try {
      MvcResult result =
          mvc.perform(request.with(user).accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn();
      if (result.getRequest().isAsyncStarted()) {
        result = mvc.perform(asyncDispatch(result)).andReturn();
      }
      return result;
    } catch (Exception e) {
      // An exception out of MockMvc is one that no advice answered: a 500 in a real server.
      throw new AssertionError(
          request.buildRequest(new MockServletContext()).getRequestURI() + " threw " + e, e);
    }
  }

  private static void check(
      String who, MvcResult result, Route route, String what, List<String> problems)
      throws Exception {
    int status = result.getResponse().getStatus();
    String where = who + " GET " + route.pattern() + " with " + what;
    if (status >= 500) {
      problems.add(where + " answered " + status);
      return;
    }
    String type = String.valueOf(result.getResponse().getContentType());
    // The OpenAPI document names the API's types, ImportError among them: not a leak.
    boolean apiDocument = route.pattern().startsWith("/v3/api-docs");
    if (!apiDocument
        && (type.startsWith("text/") || type.contains("json") || type.contains("xml"))) {
      Matcher leak = LEAK.matcher(result.getResponse().getContentAsString());
      if (leak.find()) {
        problems.add(where + " answered " + status + " showing \"" + leak.group() + "\"");
      }
    }
  }

  /** Every link the user's pages without path variables show. */
  private Set<String> crawl(RequestPostProcessor user, List<Route> reachable) throws Exception {
    var links = new LinkedHashSet<String>();
    for (Route route : reachable) {
      if (!route.variables().isEmpty() || route.pattern().contains("*")) {
        continue;
      }
      MvcResult result = send(get(URI.create(route.pattern())), user);
      if (String.valueOf(result.getResponse().getContentType()).startsWith("text/html")) {
        Matcher m = LINK.matcher(result.getResponse().getContentAsString());
        while (m.find()) {
          links.add(m.group(1));
        }
      }
    }
    return links;
  }

  private static boolean reaches(DemoAccounts.Demo demo, String pattern) {
    String path = concrete(pattern, Map.of());
    if (AccessRules.PUBLIC_PATHS.stream().anyMatch(p -> matches(p, path))) {
      return false;
    }
    Optional<AccessRules.UrlRule> rule =
        AccessRules.URL_RULES.stream().filter(r -> matches(r.pattern(), path)).findFirst();
    Set<Role> roles = rule.map(AccessRules.UrlRule::roles).orElse(AccessRules.ANY_ROLE);
    return demo.roles().stream().anyMatch(roles::contains)
        || demo.roles().contains(Role.ADMINISTRATOR);
  }

  private static boolean isGet(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    return methods.isEmpty() || methods.contains(RequestMethod.GET);
  }

  /** Live streams stay open by design; they are walked by their own tests. */
  private static boolean streams(RequestMappingInfo info, HandlerMethod handler) {
    return SseEmitter.class.isAssignableFrom(handler.getMethod().getReturnType())
        || info.getProducesCondition()
            .getProducibleMediaTypes()
            .contains(MediaType.TEXT_EVENT_STREAM);
  }

  private static boolean typed(Class<?> type) {
    return type != String.class
        && (BeanUtils.isSimpleValueType(type) || type.isPrimitive())
        && type != boolean.class
        && type != Boolean.class
        && !type.isEnum();
  }

  private static String name(String declared, MethodParameter p) {
    return declared.isEmpty() ? String.valueOf(p.getParameterName()) : declared;
  }

  private static RecordComponent[] recordComponents(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null ? new RecordComponent[0] : components;
  }

  static boolean matches(String pattern, String path) {
    return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
  }

  private static Map<String, String> variablesOf(String pattern, String path) {
    PathPattern.PathMatchInfo info =
        PathPatternParser.defaultInstance
            .parse(pattern)
            .matchAndExtract(PathContainer.parsePath(path));
    return info == null ? Map.of() : info.getUriVariables();
  }

  /** The pattern with each {variable} replaced (encoded) by its value, or 1; ** and * by x. */
  static String concrete(String pattern, Map<String, String> values) {
    var out = new StringBuilder();
    int depth = 0;
    var name = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '{') {
        if (depth++ == 0) {
          name.setLength(0);
        }
      } else if (c == '}') {
        if (--depth == 0) {
          String n = name.toString().split(":")[0];
          out.append(
              UriUtils.encodePathSegment(values.getOrDefault(n, "1"), StandardCharsets.UTF_8));
        }
      } else if (depth > 0) {
        name.append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("/**", "/x").replace("*", "x");
  }

  private static String shown(@Nullable String value) {
    String v = String.valueOf(value);
    return v.length() > 30
        ? v.substring(0, 12) + "…(" + v.length() + " chars)"
        : v.replace("\u0000", "\\0");
  }
}
