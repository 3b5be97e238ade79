package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PhoneNumberPort} does, stated once and run against each implementation: a valid international
 * number comes back in E.164 whatever the spacing it was typed with, and anything without a country code, too short,
 * too long or not a number is refused naming the field {@code phone}. (Only the real adapter knows each country's
 * numbering plan; its own test covers numbers a plan does not allow.)
 */
public abstract class PhoneNumberPortContractTest {

    protected abstract PhoneNumberPort phones();

    @Test
    void aValidInternationalNumberComesBackInE164() {
        assertThat(phones().parse("+447911123456").value()).isEqualTo("+447911123456");
        assertThat(phones().parse("+44 7911 123456").value()).isEqualTo("+447911123456");
        assertThat(phones().parse(" +1 (415) 858-6273 ").value()).isEqualTo("+14158586273");
        assertThat(phones().parse("+4915123456789").value()).isEqualTo("+4915123456789");
    }

    @Test
    void anythingElseIsRefusedNamingThePhone() {
        for (String typed : new String[] {"07911123456", "+44 12", "+4479111234564567", "call me", "", "   "}) {
            assertThatThrownBy(() -> phones().parse(typed))
                    .as("'%s'", typed)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("phone");
        }
        assertThatThrownBy(() -> phones().parse(null)).isInstanceOf(InvalidValueException.class);
    }
}
