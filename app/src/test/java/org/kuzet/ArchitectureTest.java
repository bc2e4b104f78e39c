package org.kuzet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape inside the modules: demo data and benchmarks stay apart from the product, controllers
 * leave SQL to stores and services, and the feature packages of interdiction and financial
 * intelligence depend on each other in one direction only.
 */
class ArchitectureTest {

  static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.kuzet");

  @Test
  void productionCodeDoesNotDependOnDemoDataOrBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..internal.demo..", "..internal.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..internal.demo..", "..internal.bench..")
        .because("demo data and benchmarks start themselves; the product never calls them")
        .check(PRODUCTION);
  }

  @Test
  void controllersDoNotQueryTheDatabase() {
    noClasses()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(JdbcClient.class)
        .because("SQL belongs to stores, access checks and audit to services")
        .check(PRODUCTION);
  }

  @Test
  void financialIntelligenceServicesLeaveSqlToTheirStores() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.kuzet.finintel.internal.imports..",
            "org.kuzet.finintel.internal.alerts..",
            "org.kuzet.finintel.internal.cases..")
        .and()
        .areAnnotatedWith(Service.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(JdbcClient.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(JdbcTemplate.class)
        .because(
            "imports, alerts and cases keep their SQL in ImportStore, AlertStore and CaseStore;"
                + " the services check access, audit and publish events")
        .check(PRODUCTION);
  }

  @Test
  void interdictionPackagesHaveNoCycles() {
    slices().matching("org.kuzet.interdiction.(**)").should().beFreeOfCycles().check(PRODUCTION);
  }

  @Test
  void financialIntelligencePackagesHaveNoCycles() {
    slices().matching("org.kuzet.finintel.(**)").should().beFreeOfCycles().check(PRODUCTION);
  }
}
