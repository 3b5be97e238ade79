package dev.keysmith.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.UserId;
import io.quarkus.security.UnauthorizedException;
import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerFactoryTest {

    private static final UserId PERSON = UserId.random();

    @Test
    void a_person_is_a_user_caller_with_the_connection_address() {
        Caller caller = CallerFactory.callerOf(PERSON.toString(), Set.of(Roles.USER), null, "203.0.113.7");

        assertThat(caller.type()).isEqualTo(ActorType.USER);
        assertThat(caller.userId()).isEqualTo(PERSON);
        assertThat(caller.operator()).isFalse();
        assertThat(caller.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void the_operator_group_makes_an_operator_with_or_without_the_user_group() {
        assertThat(CallerFactory.callerOf(PERSON.toString(), Set.of(Roles.USER, Roles.OPERATOR), null, null)
                        .operator())
                .isTrue();
        assertThat(CallerFactory.callerOf(PERSON.toString(), Set.of(Roles.OPERATOR), null, null)
                        .operator())
                .isTrue();
    }

    @Test
    void a_verifier_carries_the_products_of_its_token_as_parsed_json_or_plain_strings() {
        Object parsedClaim =
                Json.createArrayBuilder().add("payments").add("sms").build();

        Caller parsed = CallerFactory.callerOf("vc_abcdefghijklmnop", Set.of(Roles.VERIFIER), parsedClaim, "10.0.0.1");
        Caller plain = CallerFactory.callerOf("vc_abcdefghijklmnop", Set.of(Roles.VERIFIER), List.of("payments"), null);

        assertThat(parsed.type()).isEqualTo(ActorType.VERIFIER_CLIENT);
        assertThat(parsed.id()).isEqualTo("vc_abcdefghijklmnop");
        assertThat(parsed.verifierProducts())
                .containsExactlyInAnyOrder(new ProductCode("payments"), new ProductCode("sms"));
        assertThat(plain.verifierProducts()).containsExactly(new ProductCode("payments"));
    }

    @Test
    void a_verifier_without_a_products_claim_may_verify_for_nothing() {
        assertThat(CallerFactory.callerOf("vc_abcdefghijklmnop", Set.of(Roles.VERIFIER), null, null)
                        .verifierProducts())
                .isEmpty();
    }

    @Test
    void a_token_without_a_known_group_or_subject_is_not_a_caller() {
        assertThatThrownBy(() -> CallerFactory.callerOf(PERSON.toString(), Set.of("guest"), null, null))
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> CallerFactory.callerOf(null, Set.of(Roles.USER), null, null))
                .isInstanceOf(UnauthorizedException.class);
    }
}
