package dev.keysmith.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** The RS256 key pair that signs access tokens, generated once and kept as PEM files. */
public record SigningKeyFiles(Path privateKey, Path publicKey) {

    public static SigningKeyFiles keepIn(Path directory) throws IOException {
        SigningKeyFiles files =
                new SigningKeyFiles(directory.resolve("private-key.pem"), directory.resolve("public-key.pem"));
        if (Files.exists(files.privateKey()) && Files.exists(files.publicKey())) {
            return files;
        }
        KeyPair pair = generate();
        SecretFiles.writeOwnerOnly(
                files.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        SecretFiles.writeOwnerOnly(
                files.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return files;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
