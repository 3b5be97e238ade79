package dev.keysmith.bootstrap.config;

import dev.keysmith.domain.shared.DomainException;
import java.util.function.Supplier;

/** A setting the core or an adapter refused: the start stops naming the setting, never echoing a secret. */
public final class InvalidSetting extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private InvalidSetting(String settings, RuntimeException cause) {
        super("invalid setting " + settings + ": " + cause.getMessage(), cause);
    }

    /** Builds a record from the named settings, naming them if it refuses their values. */
    public static <T> T named(String settings, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | DomainException e) {
            throw new InvalidSetting(settings, e);
        }
    }
}
