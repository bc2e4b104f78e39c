package org.kuzet.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Starts each PostgreSQL test context from an empty schema, so runs never see old data. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresCleanSlate {

  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
