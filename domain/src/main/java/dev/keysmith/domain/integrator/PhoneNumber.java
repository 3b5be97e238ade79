package dev.keysmith.domain.integrator;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/**
 * A mobile phone number in E.164 form ({@code +447911123456}). This checks only the shape; whether the number
 * can exist in its country is the phone number port's judgement, made before one of these is built from input.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        Require.present(value, "phone");
        if (!E164.matcher(value).matches()) {
            throw new InvalidValueException("phone", "phone must be in E.164 form, like +447911123456");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
