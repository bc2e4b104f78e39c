package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Opens every page and API read with a connection pool of ONE connection. A request that holds a
 * pooled connection while borrowing a second one (a query inside another query's row mapper,
 * outside a transaction) cannot finish here: it waits out the pool's time-out. Under a sign-in
 * burst that pattern held all ten connections of the default pool and every request timed out after
 * 30 s; this test finds it on one request, deterministically.
 */
@OnH2
@TestPropertySource(
    properties = {
      "spring.datasource.url=" + PoolOfOneH2IT.URL,
      // Flyway migrates over a connection of its own, outside the pool.
      "spring.flyway.url=" + PoolOfOneH2IT.URL,
      "spring.flyway.user=sa",
      "spring.datasource.hikari.maximum-pool-size=1",
      "spring.datasource.hikari.connection-timeout=4000"
    })
class PoolOfOneH2IT {

  static final String URL =
      "jdbc:h2:mem:poolofone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Autowired MockMvc mvc;
  @Autowired As as;

  @Autowired
  @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void noRequestNeedsASecondConnection() throws Exception {
    var problems = new ArrayList<String>();
    int checked = 0;
    for (var e : RefusalWalkerH2IT.endpoints(mappings)) {
      if (e.method() != HttpMethod.GET || e.path().endsWith("/stream")) {
        continue;
      }
      // Someone the URL rule lets in; the administrator for paths every approved account may open.
      Set<Role> allowed =
          RefusalWalkerH2IT.ruleFor(e.path())
              .map(AccessRules.UrlRule::roles)
              .orElse(Set.of(Role.ADMINISTRATOR));
      String user =
          DemoAccounts.ALL.stream()
              .filter(d -> d.roles().stream().anyMatch(allowed::contains))
              .map(DemoAccounts.Demo::username)
              .findFirst()
              .orElseThrow();
      checked++;
      // Once more after a pause when the pool timed out: a background task (an event listener)
      // may have held the one connection; a request that needs two fails every time.
      String timedOut = poolTimeout(e.path(), user);
      if (timedOut != null) {
        Thread.sleep(2000);
        timedOut = poolTimeout(e.path(), user);
      }
      if (timedOut != null) {
        problems.add(e + " as " + user + ": " + timedOut);
        if (problems.size() >= 3) {
          break; // enough to show the fault; every further one costs two pool time-outs
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(problems).as("requests that waited for a second pooled connection").isEmpty();
  }

  /** The pool's time-out message if the request waited out the pool, else null. */
  private @Nullable String poolTimeout(String path, String user) {
    Throwable failure;
    try {
      failure = mvc.perform(get(path).with(as.user(user))).andReturn().getResolvedException();
    } catch (Exception thrown) {
      failure = thrown;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return t.getMessage();
      }
    }
    return null;
  }
}
