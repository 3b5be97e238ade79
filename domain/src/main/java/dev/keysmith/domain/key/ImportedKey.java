package dev.keysmith.domain.key;

import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys brought over from a customer's legacy system. They have no Keysmith prefix or checksum, so they are found
 * by digest alone: what is peppered and stored is the text {@code sha256:<hex SHA-256 of the key>}, which an
 * import can also be given directly when the plaintext is not at hand. Anything shaped like a Keysmith key (prefix,
 * environment and a body of exactly a Keysmith key's length in base62) is never treated as a legacy key, so a mistyped
 * Keysmith key stays MALFORMED without a lookup; other vendors' keys with the same look ({@code sk_live_} and 32
 * base62 characters) have another body length and are imported like any legacy key.
 */
public final class ImportedKey {

    /** Shorter secrets are refused: 32 characters of a 62-symbol alphabet is about 190 bits. */
    public static final int MIN_LENGTH = 32;
    /** Longer input is no key; refused before any work. */
    public static final int MAX_LENGTH = 256;
    /** The smallest alphabet accepted: base62. */
    public static final int MIN_ALPHABET = 62;

    private static final Pattern KEYSMITH_SHAPE = Pattern.compile(
            "[a-z]{2,8}_(live|test)_[0-9A-Za-z]{" + (ApiKeySecret.RANDOM_LENGTH + ApiKeySecret.CHECKSUM_LENGTH) + "}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private ImportedKey() {}

    /**
     * Whether the candidate has the shape of a Keysmith key (prefix, environment, a base62 body of a Keysmith key's
     * length), whatever its checksum: then it is never legacy.
     */
    public static boolean looksLikeKeysmithKey(String candidate) {
        return candidate != null && KEYSMITH_SHAPE.matcher(candidate).matches();
    }

    /** Whether verification may look the candidate up as a legacy key (its shape only; never throws). */
    public static boolean mayBeLegacy(String candidate) {
        return candidate != null
                && candidate.length() >= MIN_LENGTH
                && candidate.length() <= MAX_LENGTH
                && !looksLikeKeysmithKey(candidate)
                && PRINTABLE.matcher(candidate).matches();
    }

    /** The text to pepper and store for a legacy key given in plaintext; refuses weak or odd secrets. */
    public static String digestOfSecret(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "secret", "secret must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (!PRINTABLE.matcher(secret).matches()) {
            throw new InvalidValueException("secret", "secret must be printable ASCII without spaces");
        }
        if (looksLikeKeysmithKey(secret)) {
            throw new InvalidValueException(
                    "secret",
                    "secret looks like a Keysmith key (prefix_environment_…); only foreign keys are imported");
        }
        if (alphabetSize(secret) < MIN_ALPHABET) {
            throw new InvalidValueException(
                    "secret",
                    "secret must mix upper- and lower-case letters and digits (an alphabet of at least " + MIN_ALPHABET
                            + " symbols, like base62): hex or digits alone are too weak");
        }
        return digestText(sha256Hex(secret));
    }

    /** The text to pepper and store for a legacy key given as the hex SHA-256 of its plaintext. */
    public static String digestOfSha256(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new InvalidValueException("sha256", "sha256 must be 64 hex digits: the SHA-256 of the key");
        }
        return digestText(sha256.toLowerCase(Locale.ROOT));
    }

    /** The text to pepper for a presented candidate: the same as its import stored. */
    public static String digestOfCandidate(String candidate) {
        return digestText(sha256Hex(candidate));
    }

    /**
     * The hint an imported key shows: the product's prefix and the deployment's environment (so it lists with the
     * product's keys and may be regenerated into a Keysmith key), then 4 and 4 characters of the SHA-256.
     */
    public static KeyHint hint(KeyPrefix prefix, KeyEnvironment environment, String digestText) {
        String hex = digestText.substring("sha256:".length());
        return new KeyHint(prefix.value() + "_" + environment.name().toLowerCase(Locale.ROOT) + "_"
                + hex.substring(0, KeyHint.HEAD) + KeyHint.ELLIPSIS + hex.substring(hex.length() - KeyHint.TAIL));
    }

    private static String digestText(String hex) {
        return "sha256:" + hex;
    }

    private static int alphabetSize(String secret) {
        boolean lower = secret.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean upper = secret.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean digit = secret.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean other = secret.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
