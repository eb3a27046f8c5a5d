package io.moltr.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The policy engine is a plain library: Java agents embed it without a web server or Redis. */
class CoreDependencyRulesTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.moltr.core");

  @Test
  void coreHasClassesToCheck() {
    // Guards the rule below against passing on an empty import.
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(5);
  }

  @Test
  void coreDependsOnNoServerWebOrRedisCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.moltr.server..",
            "io.javalin..",
            "org.eclipse.jetty..",
            "jakarta.servlet..",
            "javax.servlet..",
            "io.netty..",
            "io.lettuce..",
            "redis.clients..",
            "ch.qos.logback..",
            "picocli..")
        .because("moltr-core must stay embeddable: no web framework, no Redis, no logging backend")
        .check(CORE);
  }
}
