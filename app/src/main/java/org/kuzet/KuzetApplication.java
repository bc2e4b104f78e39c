package org.kuzet;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Kuzet: one Spring Boot application, one Spring Modulith module per top-level package. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KuzetApplication {

  public static void main(String[] args) {
    SpringApplication.run(KuzetApplication.class, args);
  }

  /**
   * The one source of the current time, in UTC: every module asks it rather than the system, so
   * that a test can fix or move time by replacing this bean. Zoned views ("today" at the posts)
   * derive from it with {@link Clock#withZone}.
   */
  @Bean
  @Primary
  Clock clock() {
    return Clock.systemUTC();
  }
}
