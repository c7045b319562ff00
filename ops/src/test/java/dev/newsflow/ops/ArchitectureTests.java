package dev.newsflow.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Operator commands work from outside, through the topics, HTTP and SQL: the contract only, never a service's code. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.ops");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.ops.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void usesNoServiceCodeAndNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..",
                "dev.newsflow.enrichment..", "dev.newsflow.publish..", "dev.newsflow.bench..", "org.springframework..")
                .check(CLASSES);
    }
}
