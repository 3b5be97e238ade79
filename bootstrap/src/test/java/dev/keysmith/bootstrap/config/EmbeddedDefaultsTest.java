package dev.keysmith.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDefaultsTest {

    private static final Map<String, String> EXTERNAL_DATABASE = Map.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/keysmith",
            "KEYSMITH_KEYS_PEPPER", "c2VjcmV0",
            "SMALLRYE_JWT_SIGN_KEY_LOCATION", "/keys/private.pem",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/keys/public.pem");

    @AfterEach
    void forgetTheMailerMode() {
        // prepare() sets them JVM-wide; later tests in this fork must not inherit them.
        System.clearProperty("quarkus.mailer.mock");
        System.clearProperty(EmbeddedDefaults.FILE_OUTBOX);
    }

    @Test
    void withoutAnSmtpHostMailGoesToFilesInTheDataDirectory(@TempDir Path data) {
        Map<String, String> environment = new HashMap<>(EXTERNAL_DATABASE);
        environment.put("KEYSMITH_DATA_DIR", data.toString());

        EmbeddedDefaults.prepare(environment).close();

        assertThat(System.getProperty(EmbeddedDefaults.FILE_OUTBOX))
                .isEqualTo(data.resolve("mail-outbox").toAbsolutePath().toString());
        // The mailer itself is never used then; its mock makes sure it would not dial localhost:25 either.
        assertThat(System.getProperty("quarkus.mailer.mock")).isEqualTo("true");
    }

    @Test
    void anSmtpHostOrAnExplicitMockSettingIsLeftAlone() {
        Map<String, String> withHost = new HashMap<>(EXTERNAL_DATABASE);
        withHost.put("QUARKUS_MAILER_HOST", "smtp.example.org");
        EmbeddedDefaults.prepare(withHost).close();
        assertThat(System.getProperty("quarkus.mailer.mock")).isNull();
        assertThat(System.getProperty(EmbeddedDefaults.FILE_OUTBOX)).isNull();

        Map<String, String> withMockOff = new HashMap<>(EXTERNAL_DATABASE);
        withMockOff.put("QUARKUS_MAILER_MOCK", "false");
        EmbeddedDefaults.prepare(withMockOff).close();
        assertThat(System.getProperty("quarkus.mailer.mock")).isNull();
    }

    @Test
    void anExternalDatabaseWithoutSharedSecretsIsRefusedNamingWhatIsMissing() {
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/keysmith", "KEYSMITH_KEYS_PEPPER", "c2VjcmV0");

        assertThatThrownBy(() -> EmbeddedDefaults.prepare(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION")
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .hasMessageNotContaining("KEYSMITH_KEYS_PEPPER");
    }

    @Test
    void anExternalDatabaseWithSharedSecretsStartsNothing() {
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://db/keysmith",
                "KEYSMITH_KEYS_PEPPER",
                "c2VjcmV0",
                "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                "/keys/private.pem",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "/keys/public.pem");

        assertThatCode(() -> EmbeddedDefaults.prepare(environment).close()).doesNotThrowAnyException();
        assertThat(System.getProperty(EmbeddedDefaults.EMBEDDED_FLAG)).isNull();
    }

    @Test
    void secretsInAMountedFileNamedByConfigLocationsCountAsGiven(@TempDir Path secrets) throws Exception {
        Path file = secrets.resolve("keysmith.properties");
        Files.writeString(file, """
                quarkus.datasource.jdbc.url=jdbc:postgresql://db/keysmith
                keysmith.keys.pepper=c2VjcmV0
                smallrye.jwt.sign.key.location=/keys/private.pem
                mp.jwt.verify.publickey.location=/keys/public.pem
                """);
        System.setProperty("quarkus.config.locations", file.toUri().toString());
        try {
            PreStartSettings settings = PreStartSettings.fromQuarkusSources();

            assertThat(settings.value("keysmith.keys.pepper")).contains("c2VjcmV0");
            assertThatCode(() -> EmbeddedDefaults.prepare(settings).close()).doesNotThrowAnyException();
            assertThat(System.getProperty(EmbeddedDefaults.EMBEDDED_FLAG)).isNull();
        } finally {
            System.clearProperty("quarkus.config.locations");
        }
    }

    @Test
    void aSecretMissingFromEverySourceIsStillNamed(@TempDir Path secrets) throws Exception {
        Path file = secrets.resolve("keysmith.properties");
        Files.writeString(file, """
                quarkus.datasource.jdbc.url=jdbc:postgresql://db/keysmith
                smallrye.jwt.sign.key.location=/keys/private.pem
                mp.jwt.verify.publickey.location=/keys/public.pem
                """);
        System.setProperty("quarkus.config.locations", file.toUri().toString());
        try {
            assertThatThrownBy(() -> EmbeddedDefaults.prepare(PreStartSettings.fromQuarkusSources()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("KEYSMITH_KEYS_PEPPER")
                    .hasMessageNotContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        } finally {
            System.clearProperty("quarkus.config.locations");
        }
    }

    @Test
    void signingKeysAndPepperAreGeneratedOnceAndKept(@TempDir Path directory) throws Exception {
        SigningKeyFiles first = SigningKeyFiles.keepIn(directory.resolve("jwt"));
        String privateKey = Files.readString(first.privateKey());
        String pepper = PepperFile.keepIn(directory.resolve("pepper"));

        SigningKeyFiles second = SigningKeyFiles.keepIn(directory.resolve("jwt"));

        assertThat(Files.readString(second.privateKey()))
                .isEqualTo(privateKey)
                .startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(second.publicKey())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PepperFile.keepIn(directory.resolve("pepper")))
                .isEqualTo(pepper)
                .hasSize(44);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(first.privateKey())))
                .isEqualTo("rw-------");
    }
}
