package dev.keysmith.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the container runs Keysmith with ({@code bootstrap/src/main/docker/jvm.options}): a JVM of this
 * build accepts every line, and they select G1 with a fixed marking threshold even where the JVM on its own would
 * pick the serial collector (one CPU, as a container limited to one may see); the JVM image passes them.
 */
class JvmOptionsTest {

    private static final Path OPTIONS = Path.of("src/main/docker/jvm.options").toAbsolutePath();
    private static final Pattern FLAG = Pattern.compile("^\\s*\\S+\\s+(\\w+)\\s+=\\s+(\\S+)", Pattern.MULTILINE);

    @Test
    void theyRunG1AndStartItsMarkingAtAFixedSeventyPercentOfTheHeap() throws Exception {
        Map<String, String> flags = finalFlags("@" + OPTIONS, "-XX:ActiveProcessorCount=1");

        assertThat(flags)
                .containsEntry("UseG1GC", "true")
                .containsEntry("UseSerialGC", "false")
                .containsEntry("G1UseAdaptiveIHOP", "false")
                .containsEntry("InitiatingHeapOccupancyPercent", "70");
    }

    @Test
    void withoutThemAOneCpuJvmWouldPickTheSerialCollector() throws Exception {
        assertThat(finalFlags("-XX:ActiveProcessorCount=1")).containsEntry("UseSerialGC", "true");
    }

    @Test
    void theJvmImageCopiesThemAndPassesThemBeforeTheJar() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));

        assertThat(dockerfile).contains("COPY --chown=185 src/main/docker/jvm.options /deployments/jvm.options");
        String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT"));
        assertThat(entrypoint.indexOf("\"@/deployments/jvm.options\""))
                .isPositive()
                .isLessThan(entrypoint.indexOf("\"-jar\""));
    }

    /** {@code java <options> -XX:+PrintFlagsFinal -version} with this JVM, which must succeed: flag to value. */
    private static Map<String, String> finalFlags(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        Map<String, String> flags = new HashMap<>();
        Matcher flag = FLAG.matcher(output);
        while (flag.find()) {
            flags.put(flag.group(1), flag.group(2));
        }
        return flags;
    }
}
