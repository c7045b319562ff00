package dev.newsflow.examples.subscriber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The example shows what a subscriber needs: kafka-clients, JSON and the contract's names, no service code and no Spring. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.examples.subscriber");

    /** One package today; the rule holds as soon as there are more. */
    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.examples.subscriber.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void needsNoServiceCodeAndNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..",
                "dev.newsflow.enrichment..", "dev.newsflow.publish..", "org.springframework..").check(CLASSES);
    }
}
