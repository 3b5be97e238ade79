package dev.keysmith.adapters.web;

import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import io.quarkus.qute.TemplateData;
import java.util.Map;

/**
 * A refusal as a form shows it: next to the field it is about ({@code field}), or at the top of the form when it
 * concerns no single field ({@code field} empty); {@link #NONE} when the form is shown afresh.
 */
@TemplateData
public record FormError(String field, String message) {

    static final FormError NONE = new FormError("", null);

    /**
     * The refusal next to the form's field that the value object named, through {@code fields} (the use case's
     * field name to the form's); at the top when it names none of them.
     */
    static FormError of(DomainException refused, Map<String, String> fields) {
        String field = refused instanceof InvalidValueException invalid ? fields.getOrDefault(invalid.field(), "") : "";
        return new FormError(field, Messages.of(refused));
    }

    static FormError at(String field, DomainException refused) {
        return new FormError(field, Messages.of(refused));
    }

    static FormError at(String field, String message) {
        return new FormError(field, message);
    }

    /** Whether the message belongs at the top of the form. */
    public boolean top() {
        return message != null && field.isEmpty();
    }
}
