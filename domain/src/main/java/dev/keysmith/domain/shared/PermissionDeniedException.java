package dev.keysmith.domain.shared;

/** The caller is known and may see the resource, but their role does not allow this action. */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String message) {
        super("FORBIDDEN", message);
    }

    protected PermissionDeniedException(String code, String message) {
        super(code, message);
    }
}
