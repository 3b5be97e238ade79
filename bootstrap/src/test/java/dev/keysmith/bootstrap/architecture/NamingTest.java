package dev.keysmith.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names say where a thing lives: use cases and ports in their packages, services behind use cases, resources in REST. */
class NamingTest {

    private static final String PORT_IN = "dev.keysmith.application.port.in..";
    private static final String PORT_OUT = "dev.keysmith.application.port.out";

    private static JavaClasses keysmith;

    @BeforeAll
    static void importClasses() {
        keysmith = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in the verify phase the reactor hands bootstrap the domain's and application's test-jars
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.keysmith");
    }

    @Test
    void useCasesAreInterfacesInPortIn() {
        classes()
                .that()
                .haveSimpleNameEndingWith("UseCase")
                .should()
                .beInterfaces()
                .andShould()
                .resideInAPackage(PORT_IN)
                .check(keysmith);
    }

    @Test
    void everyInterfaceInPortInIsAUseCase() {
        classes()
                .that()
                .resideInAPackage(PORT_IN)
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .haveSimpleNameEndingWith("UseCase")
                .check(keysmith);
    }

    @Test
    void portsAreInterfacesInPortOut() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Port")
                .should()
                .beInterfaces()
                .andShould()
                .resideInAPackage(PORT_OUT)
                .check(keysmith);
    }

    @Test
    void everyInterfaceInPortOutIsAPort() {
        classes()
                .that()
                .resideInAPackage(PORT_OUT)
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .haveSimpleNameEndingWith("Port")
                .check(keysmith);
    }

    @Test
    void everyServiceImplementsAUseCase() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .implement(simpleNameEndingWith("UseCase").and(resideInAPackage(PORT_IN)))
                .check(keysmith);
    }

    @Test
    void resourcesLiveInTheRestAdapter() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .resideInAPackage(KeysmithModule.REST.packages())
                .check(keysmith);
    }

    /** An adapter may only see the application's ports, so whatever a port throws must live beside the ports. */
    @Test
    void applicationExceptionsLiveBesideThePorts() {
        classes()
                .that()
                .resideInAPackage(KeysmithModule.APPLICATION.packages())
                .and(assignableTo(Throwable.class))
                .should()
                .resideInAPackage("dev.keysmith.application.port..")
                .check(keysmith);
    }
}
