package dev.keysmith.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The API description the service serves at /q/openapi is the hand-written contract as written, and passes Redocly
 * CLI's recommended-strict ruleset plus the operation-description and problem-details rules (openapi-lint/redocly.yaml)
 * with no error and no warning. Redocly comes from npm at the version openapi-lint/package-lock.json pins; the build
 * installs it (the openapi-lint-tools profile) when openapi-lint/node_modules is missing.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Path TOOL = Path.of("openapi-lint").toAbsolutePath();
    private static final Path REDOCLY = TOOL.resolve("node_modules/.bin/redocly");

    @Test
    void theServedDocumentIsTheContractAsWritten() throws IOException {
        // The JSON form: the YAML form writes example dates unquoted, which YAML 1.1 readers take for timestamps.
        Map<String, Object> served = new Yaml()
                .load(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Map<String, Object> written;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            written = new Yaml().load(in);
        }
        assertThat(served.get("info")).isEqualTo(written.get("info"));
        assertThat(served.get("security")).isEqualTo(written.get("security"));
        assertThat(served.get("tags")).isEqualTo(written.get("tags"));
        assertThat(served.get("paths")).isEqualTo(written.get("paths"));
        assertThat(served.get("components")).isEqualTo(written.get("components"));
    }

    @Test
    void theServedDocumentPassesTheStrictLintWithoutAWarning() throws Exception {
        assertThat(REDOCLY)
                .as("Redocly CLI; `mvn generate-test-resources -pl bootstrap -am` installs it with npm ci")
                .exists();
        Path document = Path.of("target/openapi-served.yaml").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, served());
        ProcessBuilder lint = new ProcessBuilder(List.of(
                        REDOCLY.toString(),
                        "lint",
                        "--config",
                        TOOL.resolve("redocly.yaml").toString(),
                        "--format",
                        "stylish",
                        document.toString()))
                .directory(TOOL.toFile())
                .redirectErrorStream(true);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        Process process = lint.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("the lint finished")
                .isTrue();
        String report = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(report)
                .as(report)
                .contains("Your API description is valid")
                .doesNotContainPattern("\\d+ warnings?")
                .doesNotContainPattern("\\swarn(ing)?\\s");
    }

    private static String served() {
        return given().get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
