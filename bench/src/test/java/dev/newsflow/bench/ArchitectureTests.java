package dev.newsflow.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmark drives the services from outside: it may use the contract and enrich-core, never a service's code. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.bench");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.bench.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void usesNoServiceCodeAndNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..",
                "dev.newsflow.publish..", "dev.newsflow.ops..", "org.springframework..")
                .check(CLASSES);
    }
}
