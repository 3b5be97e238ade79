package dev.keysmith.domain.key;

import dev.keysmith.domain.product.KeyPrefix;
import java.util.Optional;

/**
 * A candidate key that passed every offline check: structure, prefix, environment, alphabet, length and
 * checksum. Only a parsed key is worth a lookup; anything else is {@code MALFORMED} without touching storage.
 */
public record ParsedKey(KeyPrefix keyPrefix, KeyEnvironment environment, ApiKeySecret secret) {

    /** Far above any real key (at most 47 characters); refuses huge inputs before any work. */
    public static final int MAX_CANDIDATE_LENGTH = 100;

    private static final int BODY_LENGTH = ApiKeySecret.RANDOM_LENGTH + ApiKeySecret.CHECKSUM_LENGTH;

    public ParsedKey {
        if (keyPrefix == null || environment == null || secret == null) {
            throw new IllegalArgumentException("a parsed key has a prefix, an environment and a secret");
        }
    }

    /** The candidate as a key, or empty if it cannot be one. Never throws, whatever the input. */
    public static Optional<ParsedKey> parse(String candidate) {
        if (candidate == null || candidate.length() > MAX_CANDIDATE_LENGTH) {
            return Optional.empty();
        }
        int first = candidate.indexOf('_');
        int second = first < 0 ? -1 : candidate.indexOf('_', first + 1);
        if (second < 0 || !isPrefix(candidate, first)) {
            return Optional.empty();
        }
        Optional<KeyEnvironment> environment = KeyEnvironment.find(candidate.substring(first + 1, second));
        if (environment.isEmpty()) {
            return Optional.empty();
        }
        String body = candidate.substring(second + 1);
        if (body.length() != BODY_LENGTH || !Base62.isBase62(body)) {
            return Optional.empty();
        }
        String random = body.substring(0, ApiKeySecret.RANDOM_LENGTH);
        if (!ApiKeySecret.checksum(random).equals(body.substring(ApiKeySecret.RANDOM_LENGTH))) {
            return Optional.empty();
        }
        return Optional.of(new ParsedKey(
                new KeyPrefix(candidate.substring(0, first)), environment.get(), new ApiKeySecret(candidate)));
    }

    /** Like {@link #parse(String)}, also refusing keys made for another deployment (a test key sent to live). */
    public static Optional<ParsedKey> parse(String candidate, KeyEnvironment deployment) {
        return parse(candidate).filter(parsed -> parsed.environment() == deployment);
    }

    /** Checked by hand so a bad prefix never reaches the throwing {@link KeyPrefix} constructor. */
    private static boolean isPrefix(String candidate, int end) {
        if (end < 2 || end > 8) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = candidate.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
