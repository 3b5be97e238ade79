package dev.keysmith.application.port.out;

/**
 * Fast, deterministic, keyed hashing of API keys (HMAC-SHA-256 with a server-side pepper), so a key can be
 * looked up by its hash on the verification path and a stolen database alone reveals no usable key.
 */
public interface KeyHasherPort {

    /** The lowercase hex HMAC-SHA-256 of {@code plaintextKey} under the configured pepper; same input, same hash. */
    String hash(String plaintextKey);
}
