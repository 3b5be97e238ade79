package dev.keysmith.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An RFC 9457 problem detail with Keysmith's stable {@code code}, for bad input the offending fields, and
 * for a lock the moment it ends; absent members are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        List<FieldError> errors,
        Instant lockedUntil) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withLockedUntil(Instant until) {
        return new Problem(type, title, status, detail, code, instance, errors, until);
    }

    public record FieldError(String field, String message) {}
}
