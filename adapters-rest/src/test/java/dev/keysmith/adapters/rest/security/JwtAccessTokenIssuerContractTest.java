package dev.keysmith.adapters.rest.security;

import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.contract.AccessTokenPortContractTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The access token port's contract, held against the smallrye-jwt signer with a throwaway key pair. */
class JwtAccessTokenIssuerContractTest extends AccessTokenPortContractTest {

    private static final String KEY_LOCATION = "smallrye.jwt.sign.key.location";

    @TempDir
    static Path keys;

    private final JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer();

    @BeforeAll
    static void configureSigningKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path pem = keys.resolve("sign.pem");
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(
                                        generator.generateKeyPair().getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        System.setProperty(KEY_LOCATION, pem.toUri().toString());
    }

    @AfterAll
    static void forgetSigningKey() {
        System.clearProperty(KEY_LOCATION);
    }

    @Override
    protected AccessTokenPort tokens() {
        return issuer;
    }
}
