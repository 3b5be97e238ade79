package dev.keysmith.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The action filter answers as it did when it was passed on as text: a 400 when malformed, else what matches. */
class AuditActionParamTest {

    private static final Page<String> READ = new Page<>(List.of("an event"), "7");

    @Test
    void an_absent_filter_keeps_every_action() {
        AuditActionParam filter = AuditActionParam.parse(null);

        assertThat(filter.action()).isNull();
        assertThat(filter.apply(READ)).isSameAs(READ);
    }

    @Test
    void a_known_action_is_its_enum_constant() {
        AuditActionParam filter = AuditActionParam.parse("KEY_REVOKED");

        assertThat(filter.action()).isEqualTo(AuditAction.KEY_REVOKED);
        assertThat(filter.apply(READ)).isSameAs(READ);
    }

    @Test
    void a_well_formed_name_no_event_carries_matches_nothing() {
        AuditActionParam filter = AuditActionParam.parse("KEY_MELTED");

        assertThat(filter.action()).isNull();
        assertThat(filter.apply(READ).items()).isEmpty();
        assertThat(filter.apply(READ).nextCursor()).isNull();
    }

    @Test
    void anything_but_an_upper_case_event_name_is_refused_naming_the_parameter() {
        for (String bad : List.of("", "key_revoked", "not-an-action", "KEY REVOKED", "A".repeat(65))) {
            assertThatThrownBy(() -> AuditActionParam.parse(bad))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).code())
                    .isEqualTo("INVALID_ACTION");
        }
    }
}
