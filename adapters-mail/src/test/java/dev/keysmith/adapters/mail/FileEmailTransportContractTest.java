package dev.keysmith.adapters.mail;

import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.contract.EmailTransportPortContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The transport's contract against the files it writes, each read back into the message it holds. */
class FileEmailTransportContractTest extends EmailTransportPortContractTest {

    @TempDir
    Path data;

    private Path outbox() {
        return data.resolve("mail-outbox");
    }

    @Override
    protected EmailTransportPort transport() {
        return new FileEmailTransport(outbox(), "keysmith@example.org", Clock.systemUTC());
    }

    @Override
    protected List<EmailMessage> delivered() {
        if (!Files.isDirectory(outbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .map(FileEmailTransportContractTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the directory should be, a file stands. */
    @Override
    protected EmailTransportPort unreachable() {
        try {
            Path blocked = Files.writeString(data.resolve("not-a-directory"), "x");
            return new FileEmailTransport(blocked.resolve("mail-outbox"), "keysmith@example.org", Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmailMessage read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            Map<String, String> headers = new HashMap<>();
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return new EmailMessage(
                    MessageKind.valueOf(headers.get("X-Keysmith-Kind")),
                    Arrays.asList(headers.get("To").split(", ")),
                    headers.get("Subject"),
                    text.substring(end + 4).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
