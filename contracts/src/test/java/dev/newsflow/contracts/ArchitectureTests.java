package dev.newsflow.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contract is a plain jar: no Spring, no Kafka client, nothing of any service. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.contracts");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.contracts.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void needsNeitherSpringNorKafkaNorAnyService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                "dev.newsflow.ingest..", "dev.newsflow.enrich..", "dev.newsflow.enrichment..", "dev.newsflow.publish..")
                .check(CLASSES);
    }
}
