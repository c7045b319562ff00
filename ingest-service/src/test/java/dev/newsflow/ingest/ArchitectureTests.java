package dev.newsflow.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps reading and validating articles plain Java, and the layers pointing one way. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.ingest");

    @Test
    void articleReadingNeedsNeitherSpringNorKafkaNorHttp() {
        noClasses().that().resideInAPackage("..ingest.article..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..", "..ingest.http..", "..ingest.intake..", "..ingest.kafka..")
                .check(CLASSES);
    }

    @Test
    void fetchingAndReadingFeedsArePlainJava() {
        noClasses().that().resideInAnyPackage("..ingest.sources.fetch..", "..ingest.sources.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..", "..ingest.http..", "..ingest.intake..", "..ingest.kafka..",
                        "..ingest.sources.registry..", "..ingest.sources.polling..", "..ingest.sources.api..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSourcesApiKnowsAboutHttpRequests() {
        noClasses().that().resideInAnyPackage("..ingest.sources.registry..", "..ingest.sources.polling..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "..ingest.http..",
                        "..ingest.sources.api..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheHttpLayerKnowsAboutIt() {
        noClasses().that().resideInAnyPackage("..ingest.intake..", "..ingest.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest.http..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theBrokerLayerDoesNotCallBackIntoIntake() {
        noClasses().that().resideInAPackage("..ingest.kafka..")
                .should().dependOnClassesThat().resideInAPackage("..ingest.intake..")
                .check(CLASSES);
    }
}
