package dev.keysmith.adapters.rest.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Runs the request records' Bean Validation annotations without a container. */
public final class Violations {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Violations() {}

    public static <T> Set<ConstraintViolation<T>> of(T request) {
        return VALIDATOR.validate(request);
    }

    /** The property paths that failed, sorted. */
    public static Set<String> fields(Object request) {
        Set<String> fields = new TreeSet<>();
        VALIDATOR.validate(request).forEach(v -> fields.add(v.getPropertyPath().toString()));
        return fields;
    }
}
