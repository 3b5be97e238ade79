package dev.keysmith.application.port.out;

import dev.keysmith.domain.user.UserId;

/**
 * The token generation a person's access tokens must carry at least (see {@code User#tokenGeneration}),
 * as every instance sees it within the verification staleness bound, and at once where it changed.
 */
public interface TokenGenerationPort {

    /** 0 for a subject with no user row: nothing of theirs was ever ended. */
    long currentGeneration(UserId user);
}
