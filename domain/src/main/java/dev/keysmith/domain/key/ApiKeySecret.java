package dev.keysmith.domain.key;

import dev.keysmith.domain.product.KeyPrefix;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.zip.CRC32;

/**
 * The plaintext of a key, {@code <keyPrefix>_<env>_<random><checksum>} (GitHub's token design): random is
 * 160 bits as 27 base62 characters, checksum the CRC32 of the random text as 6 base62 characters, so a
 * mistyped key is refused offline and secret scanners can recognise real ones. {@link #toString()} never
 * shows the secret; only {@link #reveal()} does, and only for the one response and the hasher.
 */
public final class ApiKeySecret {

    /** How many random bytes a key carries: 160 bits. */
    public static final int RANDOM_BYTES = 20;
    /** 62^27 > 2^160, so 27 characters hold any 160-bit number. */
    public static final int RANDOM_LENGTH = 27;
    /** 62^6 > 2^32, so 6 characters hold any CRC32. */
    public static final int CHECKSUM_LENGTH = 6;

    private final String text;

    /** Only for text already known to be well-formed: built by {@link #generate} or {@link ParsedKey#parse}. */
    ApiKeySecret(String text) {
        this.text = text;
    }

    /** A new key from randomness the caller drew; the domain owns no random source so tests stay deterministic. */
    public static ApiKeySecret generate(KeyPrefix prefix, KeyEnvironment environment, byte[] twentyRandomBytes) {
        if (prefix == null || environment == null) {
            throw new IllegalArgumentException("a key needs a prefix and an environment");
        }
        if (twentyRandomBytes == null || twentyRandomBytes.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a key needs exactly " + RANDOM_BYTES + " random bytes");
        }
        String random = Base62.encode(twentyRandomBytes, RANDOM_LENGTH);
        return new ApiKeySecret(prefix.value() + "_" + environment.text() + "_" + random + checksum(random));
    }

    /** The plaintext; call it only to show the key once or to hash it. */
    public String reveal() {
        return text;
    }

    /** The display form kept at rest and shown in lists. */
    public KeyHint hint() {
        int body = bodyStart();
        return new KeyHint(text.substring(0, body)
                + text.substring(body, body + KeyHint.HEAD)
                + KeyHint.ELLIPSIS
                + text.substring(text.length() - KeyHint.TAIL));
    }

    static String checksum(CharSequence random) {
        CRC32 crc = new CRC32();
        crc.update(random.toString().getBytes(StandardCharsets.US_ASCII));
        return Base62.encode(crc.getValue(), CHECKSUM_LENGTH);
    }

    private int bodyStart() {
        // Base62 has no '_', so the last one ends the "<prefix>_<env>_" head.
        return text.lastIndexOf('_') + 1;
    }

    @Override
    public boolean equals(Object other) {
        // Constant time, so comparing secrets never leaks how much of one matched.
        return other instanceof ApiKeySecret secret
                && MessageDigest.isEqual(
                        text.getBytes(StandardCharsets.US_ASCII), secret.text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text.substring(0, bodyStart()) + "[REDACTED]";
    }
}
