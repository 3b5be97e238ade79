package dev.keysmith.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import java.io.IOException;
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

class FileSmsTransportTest {

    @TempDir
    Path data;

    @Test
    void eachMessageIsAnOwnerOnlyFileInAnOwnerOnlyDirectory() throws IOException {
        Path outbox = data.resolve("sms-outbox");
        FileSmsTransport sms =
                new FileSmsTransport(outbox, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
        sms.deliver(new SmsMessage("+447700900123", "Your code: 123456"));

        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString())
                .startsWith("20261202T100000.000Z-")
                .endsWith(".sms");
        assertThat(Files.readString(files.get(0))).isEqualTo("To: +447700900123\n\nYour code: 123456\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
                .isEqualTo("rwx------");
    }
}
