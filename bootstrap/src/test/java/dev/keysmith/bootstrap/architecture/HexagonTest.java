package dev.keysmith.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static dev.keysmith.bootstrap.architecture.KeysmithModule.APPLICATION;
import static dev.keysmith.bootstrap.architecture.KeysmithModule.BOOTSTRAP;
import static dev.keysmith.bootstrap.architecture.KeysmithModule.CLIENT;
import static dev.keysmith.bootstrap.architecture.KeysmithModule.DOMAIN;
import static dev.keysmith.bootstrap.architecture.KeysmithModule.EMBEDDED;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rings of SPEC §3: arrows point inward, the core knows no framework, adapters ignore each other. */
class HexagonTest {

    private static final String PORTS = "dev.keysmith.application.port..";

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
        classes()
                .that()
                .resideInAPackage(DOMAIN.packages())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(DOMAIN.packages(), "java..")
                .check(keysmith);
    }

    /** The client ships to product backends on its own: it knows no other module and no library. */
    @Test
    void clientDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage(CLIENT.packages())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(CLIENT.packages(), "java..")
                .allowEmptyShould(true)
                .check(keysmith);
    }

    @Test
    void applicationDependsOnTheDomainOnly() {
        classes()
                .that()
                .resideInAPackage(APPLICATION.packages())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(APPLICATION.packages(), DOMAIN.packages(), "java..")
                .check(keysmith);
    }

    @Test
    void portsSpeakInPortAndDomainTypesOnly() {
        classes()
                .that()
                .resideInAPackage(PORTS)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(PORTS, DOMAIN.packages(), "java..")
                .check(keysmith);
    }

    /** One layer per module; the services (application outside its ports) are reached from bootstrap only. */
    @Test
    void everyModuleKeepsToItsRing() {
        LayeredArchitecture house = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("domain")
                .definedBy(DOMAIN.packages())
                .layer("ports")
                .definedBy(PORTS)
                .layer("services")
                .definedBy(resideInAPackage(APPLICATION.packages()).and(not(resideInAPackage(PORTS))))
                .layer("embedded")
                .definedBy(EMBEDDED.packages())
                .layer("bootstrap")
                .definedBy(BOOTSTRAP.packages());
        for (KeysmithModule adapter : KeysmithModule.adapters()) {
            house = house.layer(adapter.name()).definedBy(adapter.packages());
        }
        house = house.whereLayer("domain")
                .mayNotAccessAnyLayer()
                .whereLayer("ports")
                .mayOnlyAccessLayers("domain")
                .whereLayer("services")
                .mayOnlyAccessLayers("ports", "domain")
                .whereLayer("embedded")
                .mayNotAccessAnyLayer()
                .whereLayer("bootstrap")
                .mayNotBeAccessedByAnyLayer();
        for (KeysmithModule adapter : KeysmithModule.adapters()) {
            house = house.whereLayer(adapter.name()).mayOnlyAccessLayers("ports", "domain");
        }
        house.check(keysmith);
    }

    static KeysmithModule[] adapters() {
        return KeysmithModule.adapters().toArray(KeysmithModule[]::new);
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void adapterIgnoresOtherAdaptersAndBootstrap(KeysmithModule adapter) {
        noClasses()
                .that()
                .resideInAPackage(adapter.packages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(adapter.otherAdapters())
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(BOOTSTRAP.packages(), EMBEDDED.packages())
                .allowEmptyShould(true)
                .check(keysmith);
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void adapterUsesTheApplicationThroughItsPortsOnly(KeysmithModule adapter) {
        noClasses()
                .that()
                .resideInAPackage(adapter.packages())
                .should()
                .dependOnClassesThat(resideInAPackage(APPLICATION.packages()).and(not(resideInAPackage(PORTS))))
                .allowEmptyShould(true)
                .check(keysmith);
    }

    @Test
    void nothingButBootstrapKnowsTheEmbeddedDatabase() {
        noClasses()
                .that()
                .resideOutsideOfPackages(BOOTSTRAP.packages(), EMBEDDED.packages())
                .should()
                .dependOnClassesThat()
                .resideInAPackage(EMBEDDED.packages())
                .check(keysmith);
    }

    @Test
    void theCoreNeverSeesAdaptersOrBootstrap() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN.packages(), APPLICATION.packages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(KeysmithModule.ADAPTERS + "..", BOOTSTRAP.packages())
                .check(keysmith);
    }
}
