package dev.keysmith.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A PostgreSQL that a killed Keysmith left running on its data directory. Only called while holding the
 * {@link DirectoryLock}, so no living Keysmith uses it: it is stopped, so the directory can be started again.
 */
final class LeftoverPostmaster {

    private static final Logger LOG = Logger.getLogger(LeftoverPostmaster.class.getName());
    /** Smart shutdown (SIGTERM) ends as soon as the dead service's connections are gone, which they are. */
    static final Duration POLITE = Duration.ofSeconds(15);
    /** Immediate shutdown (SIGQUIT): no checkpoint, the next start replays the WAL; nothing committed is lost. */
    static final Duration IMMEDIATE = Duration.ofSeconds(10);

    private LeftoverPostmaster() {}

    /** Stops the postmaster named in {@code postmaster.pid} if it still runs; a stale file is PostgreSQL's to clear. */
    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = running(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        LOG.warning("Stopping the PostgreSQL (pid " + process.pid() + ") that a stopped Keysmith left running on "
                + dataDirectory.toAbsolutePath());
        process.destroy();
        if (exited(process, POLITE)) {
            return;
        }
        signal(process, "QUIT");
        if (!exited(process, IMMEDIATE)) {
            throw new IllegalStateException("Keysmith cannot start: the PostgreSQL (pid " + process.pid()
                    + ") left running on " + dataDirectory.toAbsolutePath() + " did not stop; stop it and start again");
        }
    }

    /** The live postmaster of this directory, if any; a pid reused by something else is not one. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dataDirectory.resolve("postmaster.pid"), e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(LeftoverPostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.command().or(info::commandLine).orElse("");
        String program = command.split(" ", 2)[0];
        return Path.of(program).getFileName() != null
                && Path.of(program).getFileName().toString().equals("postgres");
    }

    private static boolean exited(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    // Java sends only SIGTERM and SIGKILL; SIGKILL would leave the backends holding the shared memory.
    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not signal the PostgreSQL (pid " + process.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
