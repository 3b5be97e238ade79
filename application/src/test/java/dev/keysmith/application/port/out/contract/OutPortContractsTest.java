package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every out port is held to a contract (run against the fakes and the adapters), or is named here with the reason
 * it is not, so a new port cannot arrive without one unnoticed.
 */
class OutPortContractsTest {

    private static final Path PORTS = Path.of("src/main/java/dev/keysmith/application/port/out");

    /** Ports whose contract is part of another's, which tests them together. */
    private static final Map<String, String> WITHIN = Map.of(
            "LoadProductPort", "ProductPortContractTest",
            "SaveProductPort", "ProductPortContractTest",
            "SendEmailPort", "OutboxPortContractTest");

    /**
     * The change announcements promise delivery after commit, which only the database keeps (see
     * InMemoryPortsContractTest); the token generation and verifier client ports have none yet.
     */
    private static final Set<String> WITHOUT = Set.of(
            "AccountChangedPort",
            "KeyChangedPort",
            "VerifierClientChangedPort",
            "TokenGenerationPort",
            "VerifierClientPort");

    @Test
    void everyOutPortHasAContractOrAReasonNotTo() throws IOException {
        List<String> ports;
        try (Stream<Path> files = Files.list(PORTS)) {
            ports = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith("Port.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .sorted()
                    .toList();
        }
        assertThat(ports).contains("IntegratorPort", "SmsTransportPort").containsAll(WITHIN.keySet());

        assertThat(ports)
                .filteredOn(port -> !WITHOUT.contains(port))
                .allSatisfy(port -> assertThat(contractOf(port))
                        .as("the contract of %s", port)
                        .isTrue());
    }

    private static boolean contractOf(String port) {
        String contract = WITHIN.getOrDefault(port, port + "ContractTest");
        try {
            Class.forName(OutPortContractsTest.class.getPackageName() + "." + contract);
            return true;
        } catch (ClassNotFoundException missing) {
            return false;
        }
    }
}
