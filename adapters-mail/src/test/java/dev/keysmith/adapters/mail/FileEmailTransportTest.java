package dev.keysmith.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileEmailTransportTest {

    private static final EmailMessage INVITATION = new EmailMessage(
            MessageKind.INVITATION,
            List.of("ada@example.org", "grace@example.org"),
            "You are invited to Acme\r\nBcc: evil@example.org",
            "Accept:\n  POST /v1/invitations/tok3n/accept\n");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void eachMessageIsOneFileReadableOnlyByTheServiceUserInADirectoryOnlyItMayEnter() throws Exception {
        Path outbox = data.resolve("mail-outbox");
        FileEmailTransport transport = new FileEmailTransport(outbox, "keysmith@example.org", CLOCK);

        transport.deliver(INVITATION);
        transport.deliver(INVITATION);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
                .isEqualTo("rwx------");
        List<Path> files = files(outbox);
        assertThat(files).hasSize(2).allSatisfy(file -> {
            assertThat(file.getFileName().toString())
                    .startsWith("20260301T101530.123Z-")
                    .endsWith(".eml");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        });
        String message = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(message)
                .contains(
                        "From: keysmith@example.org\r\n",
                        "To: ada@example.org, grace@example.org\r\n",
                        "X-Keysmith-Kind: INVITATION\r\n",
                        "Content-Type: text/plain; charset=UTF-8\r\n",
                        "\r\n\r\nAccept:\r\n  POST /v1/invitations/tok3n/accept\r\n");
        // A line break in a subject cannot add a header.
        assertThat(message)
                .contains("Subject: You are invited to Acme Bcc: evil@example.org\r\n")
                .doesNotContain("\r\nBcc:");
    }

    @Test
    void aDirectoryLeftOpenByHandIsTightened() throws Exception {
        Path outbox = Files.createDirectories(data.resolve("mail-outbox"));
        Files.setPosixFilePermissions(outbox, PosixFilePermissions.fromString("rwxr-xr-x"));

        new FileEmailTransport(outbox, "keysmith@example.org", CLOCK).deliver(INVITATION);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
                .isEqualTo("rwx------");
    }

    @Test
    void aDirectoryThatCannotBeWrittenFailsTheAttemptWithoutTheMessageInTheReason() throws Exception {
        Path blocked = Files.writeString(data.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> new FileEmailTransport(blocked.resolve("mail-outbox"), "k@example.org", CLOCK)
                        .deliver(INVITATION))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("could not write the message to ")
                .hasMessageNotContaining("tok3n");
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
