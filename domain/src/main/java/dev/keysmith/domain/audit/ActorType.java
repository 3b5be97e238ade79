package dev.keysmith.domain.audit;

/** Who did something: a signed-in person, a product backend, the service itself, or someone unknown. */
public enum ActorType {
    USER,
    VERIFIER_CLIENT,
    SYSTEM,
    ANONYMOUS
}
