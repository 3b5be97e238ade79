package dev.keysmith.bootstrap.support.contract;

import java.util.Map;
import java.util.Optional;

/**
 * The few tests whose responses are not held to the API contract, each with the reason: they send on purpose
 * what no document can describe. Keep it short; a response that the document should describe belongs there.
 */
final class ContractExemptions {

    /** Test class simple name, or {@code Class#method}, to the reason. */
    private static final Map<String, String> EXEMPT = Map.of();

    private ContractExemptions() {}

    static Optional<String> reasonFor(Class<?> testClass, String method) {
        String name = testClass.getSimpleName();
        return Optional.ofNullable(EXEMPT.get(name + "#" + method)).or(() -> Optional.ofNullable(EXEMPT.get(name)));
    }
}
