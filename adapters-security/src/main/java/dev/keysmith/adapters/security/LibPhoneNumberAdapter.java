package dev.keysmith.adapters.security;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.domain.integrator.PhoneNumber;
import dev.keysmith.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Phone numbers judged by Google's libphonenumber: only international numbers (with their {@code +} and country
 * code) that are valid in their country, given back in E.164 form.
 */
@ApplicationScoped
public class LibPhoneNumberAdapter implements PhoneNumberPort {

    /** Longer input is no phone number; refused before the library parses it. */
    static final int MAX_LENGTH = 32;

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Override
    public PhoneNumber parse(String text) {
        if (text == null
                || text.isBlank()
                || text.length() > MAX_LENGTH
                || !text.strip().startsWith("+")) {
            throw invalid();
        }
        try {
            // No default region: without a country code a number means nothing to an SMS gateway.
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed = NUMBERS.parse(text.strip(), "ZZ");
            if (!NUMBERS.isValidNumber(parsed)) {
                throw invalid();
            }
            return new PhoneNumber(NUMBERS.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException(
                "phone", "phone must be a valid international number in E.164 form, like +447911123456");
    }
}
