package org.kuzet.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditKeyCheck;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production installation ({@code ./kuzet start}, profile {@code prod}) that is
 * not configured as one: PostgreSQL, an administrator bootstrap with a strong password, no demo
 * data or demo token, secure cookies. It runs before any bean is created, so a refused start
 * touches neither the database nor the network, and {@link ProductionRefusalAnalyzer} prints what
 * to fix.
 */
@Component
@Profile("prod")
class ProductionCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  private @Nullable Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    var problems =
        problems(
            Objects.requireNonNull(environment, "Spring sets the environment before this runs"));
    if (!problems.isEmpty()) {
      throw new ProductionRefused(problems);
    }
  }

  /** Everything wrong with this environment for production; empty when it may start. */
  static List<String> problems(Environment env) {
    var problems = new ArrayList<String>();
    String url = env.getProperty("spring.datasource.url", "").strip();
    if (!url.startsWith("jdbc:postgresql://")) {
      problems.add(
          "KUZET_DB_URL must name a PostgreSQL database, e.g. jdbc:postgresql://db.example:5432/kuzet"
              + (url.isEmpty()
                  ? " (it is not set)"
                  : " (it is " + url.replaceAll("password=[^&;]*", "password=***") + ")"));
    }
    // One-off commands (./kuzet audit verify) read the database; they create no accounts.
    boolean command = !env.getProperty("kuzet.command", "").isBlank();
    String username = env.getProperty("kuzet.admin.username", "").strip();
    String password = env.getProperty("kuzet.admin.password", "");
    if (!command) {
      if (username.isEmpty() || password.isEmpty()) {
        problems.add(
            "KUZET_ADMIN_USERNAME and KUZET_ADMIN_PASSWORD must be set: the first administrator is"
                + " created from them on the first start");
      } else {
        PasswordRules.check(username, password)
            .forEach(v -> problems.add("KUZET_ADMIN_PASSWORD " + v.message()));
      }
    }
    if (env.getProperty("kuzet.demo.enabled", Boolean.class, false)) {
      problems.add(
          "kuzet.demo.enabled must be false: production never creates demo accounts or data");
    }
    if (!env.getProperty("kuzet.demo.token", "").isBlank()) {
      problems.add("KUZET_DEMO_TOKEN is for demo installations only: unset it");
    }
    problems.addAll(AuditKeyCheck.problems(env));
    if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
      problems.add(
          "server.servlet.session.cookie.secure must be true: production cookies go over HTTPS only");
    }
    return problems;
  }

  /** The refusal, with every problem found, so they can all be fixed at once. */
  static final class ProductionRefused extends IllegalStateException {
    private final List<String> problems;

    ProductionRefused(List<String> problems) {
      super("Kuzet refuses to start in production: " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }
}
