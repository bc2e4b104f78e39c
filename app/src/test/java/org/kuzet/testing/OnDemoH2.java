package org.kuzet.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo installation as a newcomer finds it on first start ({@code ./kuzet serve} on an empty
 * database): as {@link OnH2}, but on an in-memory database of its own, with the demo activity on
 * (two years of checkpoint traffic, an import with alerts, an illustrative case). Every test class
 * with this annotation shares that one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OnH2
@TestPropertySource(
    properties = {
      // A database of its own: the other H2 tests' context shares the default in-memory one,
      // and the demo activity happens only on an empty database, as on a first start.
      "spring.datasource.url=jdbc:h2:mem:kuzet-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "kuzet.demo.activity=true",
      // The Prosecutor General's Office as configured by hand, with a country goAML does not know.
      "kuzet.finintel.goaml.rentity-id.PGO=7",
      "kuzet.finintel.goaml.location.PGO.address=Seifullin 37",
      "kuzet.finintel.goaml.location.PGO.city=Astana",
      "kuzet.finintel.goaml.location.PGO.country=XX"
    })
public @interface OnDemoH2 {}
