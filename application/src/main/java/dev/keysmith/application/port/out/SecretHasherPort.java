package dev.keysmith.application.port.out;

/**
 * Slow, salted, memory-hard hashing (Argon2id) for secrets people choose or must never be recoverable:
 * passwords, PINs, verifier-client secrets. Matching takes the same effort whether or not it succeeds.
 */
public interface SecretHasherPort {

    /** A self-describing hash (algorithm, parameters, salt, digest) safe to store. */
    String hash(CharSequence secret);

    boolean matches(CharSequence secret, String storedHash);
}
