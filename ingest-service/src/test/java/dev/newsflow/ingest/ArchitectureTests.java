package dev.newsflow.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * ingest-service is packaged by feature: {@code intake} (one article), {@code batch}, {@code sources}; {@code web}
 * holds what every endpoint shares and {@code kafka} the broker. These rules keep reading articles and fetching
 * pages plain Java, and every dependency pointing one way.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.ingest");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.newsflow.ingest.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.enrich..", "dev.newsflow.publish..")
                .check(CLASSES);
    }

    @Test
    void articleReadingNeedsNeitherSpringNorKafkaNorHttp() {
        noClasses().that().resideInAPackage("..ingest.intake.reading..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..", "..ingest.web..", "..ingest.kafka..", "..ingest.batch..", "..ingest.sources..")
                .check(CLASSES);
    }

    @Test
    void fetchingAndReadingFeedsArePlainJava() {
        noClasses().that().resideInAnyPackage("..ingest.sources.fetch..", "..ingest.sources.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..", "..ingest.web..", "..ingest.intake..", "..ingest.kafka..",
                        "..ingest.sources.registry..", "..ingest.sources.polling..", "..ingest.sources.api..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSourcesApiKnowsAboutHttpRequests() {
        noClasses().that().resideInAnyPackage("..ingest.sources.registry..", "..ingest.sources.polling..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "..ingest.web..",
                        "..ingest.sources.api..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverReachTheBrokerDirectly() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage("..ingest.kafka..", "org.apache.kafka..",
                        "org.springframework.kafka..")
                .check(CLASSES);
    }

    @Test
    void theBrokerLayerKnowsNoFeatureAndNoHttp() {
        noClasses().that().resideInAPackage("..ingest.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest.intake..", "..ingest.batch..",
                        "..ingest.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theSharedWebPartsKnowNoFeature() {
        noClasses().that().resideInAPackage("..ingest.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest.intake..", "..ingest.batch..",
                        "..ingest.sources..", "..ingest.kafka..")
                .check(CLASSES);
    }
}
