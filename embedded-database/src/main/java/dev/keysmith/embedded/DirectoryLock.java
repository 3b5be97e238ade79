package dev.keysmith.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operating-system lock a living Keysmith holds on its embedded database directory, with its process id
 * written inside. The lock dies with the process, so a start that gets it knows nobody else uses the directory.
 */
final class DirectoryLock implements AutoCloseable {

    // POSIX locks belong to the whole process and closing any channel on the file drops them: never open it twice.
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code <directory>.lock}, beside the directory (initdb wants the directory itself empty). */
    static DirectoryLock acquire(Path directory) {
        Path file = lockFileOf(directory);
        if (!HELD_BY_THIS_PROCESS.add(file)) {
            throw new DataDirectoryInUseException(
                    directory, String.valueOf(ProcessHandle.current().pid()));
        }
        try {
            // On a fresh start nothing exists yet, not even the data directory the lock file sits in.
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holderIn(channel);
                channel.close();
                throw new DataDirectoryInUseException(directory, holder);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DirectoryLock(file, channel, lock);
        } catch (IOException e) {
            HELD_BY_THIS_PROCESS.remove(file);
            throw new UncheckedIOException("could not lock " + file, e);
        } catch (RuntimeException e) {
            HELD_BY_THIS_PROCESS.remove(file);
            throw e;
        }
    }

    static Path lockFileOf(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    private static String holderIn(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).trim();
        return pid.matches("\\d+") ? pid : "unknown";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release " + file, e);
        } finally {
            HELD_BY_THIS_PROCESS.remove(file);
        }
    }
}
