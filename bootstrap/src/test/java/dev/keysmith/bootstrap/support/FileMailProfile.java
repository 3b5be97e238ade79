package dev.keysmith.bootstrap.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The service as it runs without an SMTP host: email goes to files in a mail outbox directory (a fresh one per
 * run, under target/), as the embedded defaults arrange it, instead of to the mock mailbox. Tests find the
 * directory in {@code keysmith.mail.file-outbox}: this class is loaded more than once.
 */
public class FileMailProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path directory = Path.of("target", "test-data-" + UUID.randomUUID(), "mail-outbox")
                .toAbsolutePath();
        return Map.of("keysmith.mail.file-outbox", directory.toString());
    }
}
