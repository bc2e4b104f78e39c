package org.kuzet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kuzet: one Spring Boot application, one Spring Modulith module per top-level package. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KuzetApplication {

  public static void main(String[] args) {
    SpringApplication.run(KuzetApplication.class, args);
  }
}
