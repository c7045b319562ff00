package dev.newsflow.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Scoring runs the enrichment core as a library, without Spring, Kafka or any service. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.eval");

    /** One package today; the rule holds as soon as there are more. */
    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.eval.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void usesTheCoreOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..",
                "dev.newsflow.publish..", "org.springframework..", "org.apache.kafka..").check(CLASSES);
    }
}
