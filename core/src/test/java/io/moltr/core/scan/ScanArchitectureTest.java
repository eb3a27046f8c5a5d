package io.moltr.core.scan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Agent output is hostile: the scanner matches with RE2/J and automata only. */
class ScanArchitectureTest {
  @Test
  void scannerNeverUsesJavaUtilRegex() {
    JavaClasses scan = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.moltr.core.scan");
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.regex").check(scan);
  }
}
