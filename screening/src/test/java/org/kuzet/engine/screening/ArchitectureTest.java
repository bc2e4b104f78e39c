package org.kuzet.engine.screening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.kuzet.engine.screening",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noSpringInTheEngine =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule luceneOnlyInTheBenchmark =
      noClasses()
          .that()
          .resideOutsideOfPackages("..bench..", "..cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");
}
