package dev.newsflow.publish;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The feature packages form no cycle, the service depends on no other service, and the read side never reaches the broker. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.publish");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.publish.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..",
                "dev.newsflow.enrichment..").check(CLASSES);
    }

    @Test
    void theReadApiNeverReachesTheBroker() {
        noClasses().that().resideInAnyPackage("..publish.query..", "..publish.filter..", "..publish.docs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(CLASSES);
    }

    @Test
    void theStoreKnowsNothingOfHttpOrTheBroker() {
        noClasses().that().resideInAPackage("..publish.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.apache.kafka..", "org.springframework.kafka..")
                .check(CLASSES);
    }
}
