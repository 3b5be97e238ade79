package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.SecretSealPort;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals keys waiting for their integrator with AES-256-GCM under a key derived from the pepper (HMAC-SHA-256 of a
 * fixed label), so the database alone never opens them. Sealed text: base64 of a 12-byte nonce and the ciphertext
 * with its tag. Built in bootstrap from {@code keysmith.keys.pepper}.
 */
public class PepperedSecretSeal implements SecretSealPort {

    private static final String LABEL = "keysmith key delivery seal v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public PepperedSecretSeal(String pepper) {
        byte[] pepperBytes = PepperedKeyHasher.pepperBytes(pepper);
        if (pepperBytes.length < PepperedKeyHasher.MIN_PEPPER_BYTES) {
            throw new IllegalArgumentException("keysmith.keys.pepper is too short to seal keys with");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepperBytes, "HmacSHA256"));
            this.key = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String seal(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(Objects.requireNonNull(sealed, "sealed"));
            if (bytes.length <= NONCE_BYTES) {
                throw new IllegalStateException("not a sealed key");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the text itself: it is secret material, whatever it turned out to be.
            throw new IllegalStateException("the sealed key does not open with this deployment's pepper");
        }
    }
}
