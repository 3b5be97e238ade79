package dev.keysmith.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** The pepper of the key hashes, generated once (256 random bits) and kept outside the database. */
public final class PepperFile {

    private PepperFile() {}

    public static String keepIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] pepper = new byte[32];
        new SecureRandom().nextBytes(pepper);
        String encoded = Base64.getEncoder().encodeToString(pepper);
        SecretFiles.writeOwnerOnly(file, encoded + "\n");
        return encoded;
    }
}
