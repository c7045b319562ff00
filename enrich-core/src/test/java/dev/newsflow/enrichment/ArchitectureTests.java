package dev.newsflow.enrichment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The enrichment core stays plain Java: the service wires it, the benchmark reuses it. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsflow.enrichment");

    @Test
    void enrichmentDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("dev.newsflow.enrichment..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void enrichmentDoesNotDependOnKafka() {
        noClasses().that().resideInAPackage("dev.newsflow.enrichment..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(classes);
    }
}
