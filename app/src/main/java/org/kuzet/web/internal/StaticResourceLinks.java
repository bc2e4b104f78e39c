package org.kuzet.web.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as the templates say them
 * ({@code @{/webjars/htmx.org/dist/htmx.min.js}}, {@code @{/home}}); the version of a WebJar is
 * found once, when the browser asks for the file, by the resource chain and its cache.
 *
 * <p>Spring Boot would otherwise add its {@link ResourceUrlEncodingFilter}, because the WebJars
 * locator is on the class path. That filter rewrites every link of every page through the static
 * resource resolvers; for the links that are not files (every page link, matched by the {@code /**}
 * static pattern) nothing is cached, so each one looked for the file in every static location
 * inside the application jar, and the jar's nested-file cache is one lock for the whole process.
 * Under a sign-in burst most request threads waited on that lock. Kuzet uses no versioned or
 * content-hashed resource URLs, so the filter has nothing to add: registering it disabled keeps
 * Boot from adding it.
 */
@Configuration
class StaticResourceLinks {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
