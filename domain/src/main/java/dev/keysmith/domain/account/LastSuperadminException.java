package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.ConflictException;

/** An account always keeps at least one SUPERADMIN. */
public final class LastSuperadminException extends ConflictException {

    public LastSuperadminException() {
        super("LAST_SUPERADMIN", "an account must keep at least one SUPERADMIN");
    }
}
