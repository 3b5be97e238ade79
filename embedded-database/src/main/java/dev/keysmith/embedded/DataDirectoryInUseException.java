package dev.keysmith.embedded;

import java.nio.file.Path;

/** Another live process holds the embedded database's directory: starting on it would harm that process's data. */
public final class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path directory;
    private final String holder;

    DataDirectoryInUseException(Path directory, String holder) {
        super("Keysmith cannot start: its embedded PostgreSQL directory " + directory.toAbsolutePath()
                + " is in use by another running Keysmith (pid " + holder + "). Stop that process first, or give this "
                + "one another data directory (KEYSMITH_DATA_DIR).");
        this.directory = directory;
        this.holder = holder;
    }

    public Path directory() {
        return directory;
    }

    /** The holder's process id as it wrote it in the lock file, or {@code unknown}. */
    public String holder() {
        return holder;
    }
}
