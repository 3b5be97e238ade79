package dev.keysmith.adapters.mail;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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
 * Where email goes without an SMTP server: one RFC 5322 file per message in a directory only the service's user
 * may enter (0700), each file readable only by it (0600). Invitations carry one-time tokens, so nothing of a
 * message is logged; whoever runs the service reads the files.
 */
public class FileEmailTransport implements EmailTransportPort {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final String from;
    private final Clock clock;

    public FileEmailTransport(Path directory, String from, Clock clock) {
        this.directory = directory.toAbsolutePath();
        this.from = from;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void deliver(EmailMessage message) {
        try {
            ensureDirectory();
            String name = FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID();
            Path partial = directory.resolve("." + name + ".part");
            // Written under a hidden name and renamed, so a reader of the directory never sees half a message.
            try (SeekableByteChannel file = Files.newByteChannel(
                    partial,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    ownerOnly(OWNER_ONLY_FILE))) {
                ByteBuffer bytes = ByteBuffer.wrap(render(message).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
            }
            Files.move(partial, directory.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The path and the kind of failure only: the exception's own text is about the file, not the message.
            throw new DeliveryFailedException(
                    "could not write the message to " + directory + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    private void ensureDirectory() throws IOException {
        Files.createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory, ownerOnly(OWNER_ONLY_DIRECTORY));
        } catch (FileAlreadyExistsException alreadyThere) {
            // Tightened below also when it was created by hand or by an older version.
        }
        if (isPosix()) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    private String render(EmailMessage message) {
        return "From: " + header(from) + "\r\n"
                + "To: " + header(String.join(", ", message.to())) + "\r\n"
                + "Subject: " + header(message.subject()) + "\r\n"
                + "Date: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)) + "\r\n"
                + "X-Keysmith-Kind: " + message.kind() + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + message.body().replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** A header value on one line, whatever a name in it holds. */
    private static String header(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return isPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private boolean isPosix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
