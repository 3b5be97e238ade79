package dev.keysmith.adapters.rest.audit;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code action} filter of an audit read. A value that is not an upper-case event name is a 400 naming the
 * parameter. A well-formed name that is no {@link AuditAction} matches no event, so the read answers an empty page,
 * as it did when the filter was passed on as text; the read still runs, unfiltered, so its other parameters and who
 * may read are checked exactly as for any filter.
 */
record AuditActionParam(AuditAction action, boolean matchesNothing) {

    private static final Pattern NAME = Pattern.compile("[A-Z_]{1,64}");

    /** Null when absent. */
    static AuditActionParam parse(String text) {
        if (text == null) {
            return new AuditActionParam(null, false);
        }
        if (!NAME.matcher(text).matches()) {
            throw new InvalidValueException("action", "action must be an upper-case event name like KEY_REVOKED");
        }
        try {
            return new AuditActionParam(AuditAction.valueOf(text), false);
        } catch (IllegalArgumentException unknown) {
            return new AuditActionParam(null, true);
        }
    }

    <T> Page<T> apply(Page<T> read) {
        return matchesNothing ? new Page<>(List.of(), null) : read;
    }
}
