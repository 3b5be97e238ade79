package dev.keysmith.application.port.out;

import dev.keysmith.domain.integrator.PhoneNumber;

/** Judges phone numbers typed by people: whether one can exist, in its E.164 form. */
public interface PhoneNumberPort {

    /**
     * The number in E.164 form.
     *
     * @throws dev.keysmith.domain.shared.InvalidValueException (field {@code phone}) when it is not a valid
     *     international number
     */
    PhoneNumber parse(String text);
}
