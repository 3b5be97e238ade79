package dev.keysmith.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough runs as written (issue 15): its shell blocks marked {@code <!-- walkthrough -->}, in
 * order, in one bash with {@code set -euo pipefail}, with curl and jq, against the packaged service on a fresh data
 * directory, given only what the README tells a reader to set ({@code KEYSMITH_URL} and
 * {@code KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD}).
 */
class ReadmeWalkthroughIT {

    private static final Pattern WALKTHROUGH_BLOCK =
            Pattern.compile("<!-- walkthrough -->\\n```bash\\n(.*?)\\n```", Pattern.DOTALL);
    // The README's calls use curl -s, which shows a refusal and goes on; here a 4xx or 5xx stops the run instead.
    private static final String PRELUDE = """
            set -euo pipefail
            curl() { command curl --fail-with-body --show-error --max-time 30 "$@"; }
            """;
    private static final String OPERATOR_PASSWORD = "walkthrough-operator-password";

    @Test
    void everyWalkthroughBlockRunsAsWrittenTopToBottomOnAFreshStart() throws Exception {
        List<String> blocks = walkthroughBlocks(Files.readString(Path.of("../README.md")));
        assertThat(blocks).as("walkthrough blocks in README.md").hasSizeGreaterThanOrEqualTo(5);

        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "keysmith-readme-")
                .toAbsolutePath();
        Path data = directory.resolve("data"); // not there yet: a fresh start creates it
        Map<String, String> environment =
                Map.of("KEYSMITH_DATA_DIR", data.toString(), "KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
        try (AppInstance app = AppInstance.start(
                AppInstance.jar().toPath().toAbsolutePath(), environment, directory.resolve("service.log"))) {
            app.awaitReady(Duration.ofSeconds(150));

            Path script = directory.resolve("walkthrough.sh");
            Files.writeString(script, PRELUDE + String.join("\n", blocks) + "\n", StandardCharsets.UTF_8);
            Path transcript = directory.resolve("walkthrough.out");
            ProcessBuilder bash = new ProcessBuilder("bash", script.toString())
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(transcript.toFile());
            bash.environment().put("KEYSMITH_URL", app.url());
            bash.environment().put("KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
            Process run = bash.start();
            if (!run.waitFor(3, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                throw new AssertionError("the walkthrough did not finish in 3 minutes; see " + transcript);
            }

            String output = Files.readString(transcript);
            assertThat(run.exitValue())
                    .as("the walkthrough (%s) stopped:%n%s", script, output)
                    .isZero();
            assertThat(output)
                    .as("the new key verifies, the replaced and revoked one does not")
                    .contains("\"code\":\"VALID\"", "\"code\":\"REVOKED\"");
        } finally {
            stopPostgres(data);
        }
    }

    /** Stops the embedded postmaster if the service left it behind, as its pid file names it. */
    static void stopPostgres(Path data) throws Exception {
        Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
        if (postmaster.isPresent()) {
            postmaster.get().destroyForcibly();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    static List<String> walkthroughBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher block = WALKTHROUGH_BLOCK.matcher(readme);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
