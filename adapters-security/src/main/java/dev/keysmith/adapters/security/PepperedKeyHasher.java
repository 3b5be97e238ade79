package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.KeyHasherPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 of API keys under the configured pepper, the lookup hash stored instead of the key. Built in
 * bootstrap from {@code keysmith.keys.pepper}.
 */
public class PepperedKeyHasher implements KeyHasherPort {

    static final int MIN_PEPPER_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    // Initialised once and only ever cloned: cloning skips the provider lookup and key setup on the hot path.
    private final Mac prototype;

    public PepperedKeyHasher(String pepper) {
        this(pepperBytes(pepper));
    }

    PepperedKeyHasher(byte[] pepper) {
        if (pepper == null || pepper.length < MIN_PEPPER_BYTES) {
            throw tooShort();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(pepper, ALGORITHM));
            // Fails at start-up rather than on the first verification if the provider cannot clone.
            mac.clone();
            this.prototype = mac;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA-256 with a cloneable Mac is not available in this JVM", e);
        }
    }

    @Override
    public String hash(String plaintextKey) {
        Objects.requireNonNull(plaintextKey, "plaintextKey");
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA-256 Mac stopped being cloneable", e);
        }
        return HEX.formatHex(mac.doFinal(plaintextKey.getBytes(StandardCharsets.UTF_8)));
    }

    /** Base64 when the value decodes to enough bytes (as generated peppers are), else the text itself. */
    static byte[] pepperBytes(String pepper) {
        if (pepper == null) {
            throw tooShort();
        }
        byte[] decoded = decodeBase64(pepper);
        if (decoded != null && decoded.length >= MIN_PEPPER_BYTES) {
            return decoded;
        }
        byte[] text = pepper.getBytes(StandardCharsets.UTF_8);
        if (text.length < MIN_PEPPER_BYTES) {
            throw tooShort();
        }
        return text;
    }

    private static byte[] decodeBase64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(value);
            } catch (IllegalArgumentException notUrlSafe) {
                return null;
            }
        }
    }

    // Names the setting, never its value: the pepper must not reach a log through a start-up failure.
    private static IllegalStateException tooShort() {
        return new IllegalStateException("KEYSMITH_KEYS_PEPPER (keysmith.keys.pepper) must hold at least "
                + MIN_PEPPER_BYTES + " bytes: base64 of at least " + MIN_PEPPER_BYTES
                + " random bytes, or a text of at least " + MIN_PEPPER_BYTES + " bytes");
    }
}
