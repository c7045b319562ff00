package dev.newsflow.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The feature packages form no cycle, the service depends on no other service, and the fault-suite switch stays out of the way. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.enrich");

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("dev.newsflow.enrich.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.publish..")
                .check(CLASSES);
    }

    @Test
    void nothingReachesTheFaultSuiteSwitch() {
        noClasses().that().resideOutsideOfPackage("..enrich.faultsuite..")
                .should().dependOnClassesThat().resideInAPackage("..enrich.faultsuite..")
                .check(CLASSES);
    }

    @Test
    void theDeadLetterPathKnowsNothingOfThePipeline() {
        noClasses().that().resideInAPackage("..enrich.deadletter..")
                .should().dependOnClassesThat().resideInAPackage("..enrich.pipeline..")
                .check(CLASSES);
    }
}
