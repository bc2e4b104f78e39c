package org.kuzet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a module reaches into another module's internals or the modules depend on
 * each other in a cycle, and keeps the generated module diagrams in docs/modules/diagrams: a folder
 * of their own, because the Documenter empties its folder first and the module guides live in
 * docs/modules.
 */
class ModularityTests {

  // The engine libraries (org.kuzet.engine..) are plain dependencies, not application modules.
  static final ApplicationModules MODULES =
      ApplicationModules.of(
          KuzetApplication.class,
          DescribedPredicate.describe(
              "engine libraries",
              (JavaClass c) -> c.getPackageName().startsWith("org.kuzet.engine")));

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(
            MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules/diagrams"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
