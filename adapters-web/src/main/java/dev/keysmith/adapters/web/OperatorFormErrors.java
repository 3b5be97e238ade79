package dev.keysmith.adapters.web;

import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import io.quarkus.qute.TemplateData;
import java.util.Locale;
import java.util.Map;

/**
 * What an operator's form shows after a refusal: a value a field refused next to that field (in the field's words),
 * anything else at the top of the form.
 */
@TemplateData
public record OperatorFormErrors(String top, Map<String, String> fields) {

    public OperatorFormErrors {
        fields = Map.copyOf(fields);
    }

    static OperatorFormErrors none() {
        return new OperatorFormErrors(null, Map.of());
    }

    /** {@code labels} maps the use case's field names to the form's labels, e.g. {@code keyPrefix} to "Key prefix". */
    static OperatorFormErrors of(DomainException e, Map<String, String> labels) {
        if (e instanceof InvalidValueException invalid && labels.containsKey(invalid.field())) {
            String field = invalid.field();
            String label = labels.get(field);
            String message = e.getMessage() == null ? "is not valid" : e.getMessage();
            String sentence;
            if (message.startsWith(field + " ")) {
                sentence = label + message.substring(field.length());
            } else if (message.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT) + " ")) {
                sentence = label + message.substring(label.length());
            } else {
                sentence = label + ": " + message;
            }
            return new OperatorFormErrors(null, Map.of(field, sentence.endsWith(".") ? sentence : sentence + "."));
        }
        return new OperatorFormErrors(Messages.of(e), Map.of());
    }

    /** The sentence for one field, or null when the field is fine. */
    public String at(String field) {
        return fields.get(field);
    }
}
