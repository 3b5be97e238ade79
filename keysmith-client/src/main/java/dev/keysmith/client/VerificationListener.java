package dev.keysmith.client;

import java.time.Duration;

/** Metrics hooks: called on the verifying thread, so an implementation must be quick and thread-safe. */
public interface VerificationListener {

    VerificationListener NONE = new VerificationListener() {};

    /**
     * A verification answered, from the client's cache ({@code cacheHit}) or by the service.
     *
     * @param latency the time the caller waited, cache look-up and request included
     */
    default void verified(String code, boolean cacheHit, Duration latency) {}

    /** A verification that got no answer: the service could not be reached or refused the client itself. */
    default void failed(KeysmithClientException error, Duration latency) {}

    /** A new verifier token was obtained with the client credentials. */
    default void tokenRenewed() {}
}
