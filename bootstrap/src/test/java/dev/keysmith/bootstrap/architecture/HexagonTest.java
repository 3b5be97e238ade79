package dev.keysmith.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rings of SPEC §3: arrows point inward, the core knows no framework, adapters ignore each other. */
class HexagonTest {

    private static JavaClasses keysmith;

    @BeforeAll
    static void importClasses() {
        keysmith = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The test-jars the modules share (builders, the test clock, fakes, contracts) are tests too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.keysmith");
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("dev.keysmith.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.keysmith.domain..", "java..")
                .check(keysmith);
    }

    @Test
    void applicationDependsOnTheDomainOnly() {
        classes().that().resideInAPackage("dev.keysmith.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.keysmith.application..", "dev.keysmith.domain..", "java..")
                .check(keysmith);
    }

    @Test
    void restAdapterIgnoresOtherAdaptersAndBootstrap() {
        noClasses().that().resideInAPackage("dev.keysmith.adapters.rest..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.keysmith.adapters.persistence..", "dev.keysmith.bootstrap..",
                        "dev.keysmith.embedded..")
                .check(keysmith);
    }

    @Test
    void persistenceAdapterIgnoresOtherAdaptersAndBootstrap() {
        noClasses().that().resideInAPackage("dev.keysmith.adapters.persistence..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.keysmith.adapters.rest..", "dev.keysmith.bootstrap..",
                        "dev.keysmith.embedded..")
                .check(keysmith);
    }

    @Test
    void nothingButBootstrapKnowsTheEmbeddedDatabase() {
        noClasses().that().resideOutsideOfPackages("dev.keysmith.bootstrap..", "dev.keysmith.embedded..")
                .should().dependOnClassesThat().resideInAPackage("dev.keysmith.embedded..")
                .check(keysmith);
    }

    @Test
    void theCoreNeverSeesAdaptersOrBootstrap() {
        noClasses().that().resideInAnyPackage("dev.keysmith.domain..", "dev.keysmith.application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.keysmith.adapters..", "dev.keysmith.bootstrap..")
                .check(keysmith);
    }
}
