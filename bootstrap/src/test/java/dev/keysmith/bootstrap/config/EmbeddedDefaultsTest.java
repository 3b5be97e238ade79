package dev.keysmith.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDefaultsTest {

    @Test
    void anExternalDatabaseWithoutSharedSecretsIsRefusedNamingWhatIsMissing() {
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/keysmith",
                "KEYSMITH_KEYS_PEPPER", "c2VjcmV0");

        assertThatThrownBy(() -> EmbeddedDefaults.prepare(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION")
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .hasMessageNotContaining("KEYSMITH_KEYS_PEPPER");
    }

    @Test
    void anExternalDatabaseWithSharedSecretsStartsNothing() {
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/keysmith",
                "KEYSMITH_KEYS_PEPPER", "c2VjcmV0",
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", "/keys/private.pem",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/keys/public.pem");

        assertThatCode(() -> EmbeddedDefaults.prepare(environment).close()).doesNotThrowAnyException();
        assertThat(System.getProperty(EmbeddedDefaults.EMBEDDED_FLAG)).isNull();
    }

    @Test
    void signingKeysAndPepperAreGeneratedOnceAndKept(@TempDir Path directory) throws Exception {
        SigningKeyFiles first = SigningKeyFiles.keepIn(directory.resolve("jwt"));
        String privateKey = Files.readString(first.privateKey());
        String pepper = PepperFile.keepIn(directory.resolve("pepper"));

        SigningKeyFiles second = SigningKeyFiles.keepIn(directory.resolve("jwt"));

        assertThat(Files.readString(second.privateKey())).isEqualTo(privateKey).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(second.publicKey())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PepperFile.keepIn(directory.resolve("pepper"))).isEqualTo(pepper).hasSize(44);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKey())))
                .isEqualTo("rw-------");
    }
}
