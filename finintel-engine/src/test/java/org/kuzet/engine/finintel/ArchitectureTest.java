package org.kuzet.engine.finintel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine runs in the app, the CLI and Flink alike, so it depends on none of them. */
@AnalyzeClasses(
    packages = "org.kuzet.engine.finintel",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noSpring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule noFlink =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.flink..");
}
