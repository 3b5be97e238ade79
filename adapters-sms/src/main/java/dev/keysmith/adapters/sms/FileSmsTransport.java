package dev.keysmith.adapters.sms;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.SmsTransportPort;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where SMS go without a gateway: one file per message ({@code To:} line, blank line, text) in a directory only the
 * service's user may enter (0700), each file readable only by it (0600). Delivery codes are secrets, so nothing of
 * a message is logged; whoever runs the service reads the files.
 */
public class FileSmsTransport implements SmsTransportPort {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;

    public FileSmsTransport(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath();
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void deliver(SmsMessage message) {
        try {
            ensureDirectory();
            String name = FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID();
            Path partial = directory.resolve("." + name + ".part");
            // Written under a hidden name and renamed, so a reader of the directory never sees half a message.
            try (SeekableByteChannel file = Files.newByteChannel(
                    partial, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
                ByteBuffer bytes = ByteBuffer.wrap(
                        ("To: " + message.to() + "\n\n" + message.text() + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
            }
            Files.move(partial, directory.resolve(name + ".sms"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DeliveryFailedException(
                    "could not write the SMS to " + directory + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    private void ensureDirectory() throws IOException {
        Files.createDirectories(directory.getParent());
        try {
            if (isPosix()) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectory(directory);
            }
        } catch (FileAlreadyExistsException alreadyThere) {
            // Tightened below also when it was created by hand.
        }
        if (isPosix()) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return isPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
