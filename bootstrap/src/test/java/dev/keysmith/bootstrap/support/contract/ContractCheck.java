package dev.keysmith.bootstrap.support.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the {@link ContractFilter} in front of every REST Assured request of every {@code @QuarkusTest}, once per
 * class loader, and tells it which test is running. Registered as a service in {@code META-INF/services}.
 */
public final class ContractCheck implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
        ContractFilter.testing(testClass, "(before all)");
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
        ContractFilter.testing(
                context.getTestInstance().getClass(), context.getTestMethod().getName());
    }

    private static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
