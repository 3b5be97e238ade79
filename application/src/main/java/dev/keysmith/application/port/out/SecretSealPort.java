package dev.keysmith.application.port.out;

/**
 * Keeps a key sealed while it waits for its integrator: the database holds only what {@link #seal} returns,
 * which opens only with a secret that is never in the database.
 */
public interface SecretSealPort {

    String seal(String secret);

    /** @throws IllegalStateException when the text was not sealed with this deployment's secret */
    String open(String sealed);
}
