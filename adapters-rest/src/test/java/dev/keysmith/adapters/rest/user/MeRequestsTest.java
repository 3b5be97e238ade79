package dev.keysmith.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.GetProfileUseCase.MembershipView;
import dev.keysmith.application.port.in.user.GetProfileUseCase.Profile;
import dev.keysmith.application.port.in.user.SetPinUseCase.SetPinCommand;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeRequestsTest {

    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");

    @Test
    void the_profile_shows_the_person_their_pin_state_and_memberships_but_no_hashes() {
        User user = User.register(
                UserId.random(),
                new Email("ada@example.com"),
                new DisplayName("Ada"),
                "pw-hash",
                "pin-hash",
                true,
                NOW);
        Account account = new Account(AccountId.random(), new AccountName("Acme"), null, AccountStatus.APPROVED, NOW);

        JsonNode json =
                Json.tree(ProfileResponse.from(new Profile(user, List.of(new MembershipView(account, Role.ADMIN)))));

        assertThat(json.get("id").asText()).isEqualTo(user.id().toString());
        assertThat(json.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(json.get("displayName").asText()).isEqualTo("Ada");
        assertThat(json.get("operator").asBoolean()).isTrue();
        assertThat(json.get("pinSet").asBoolean()).isTrue();
        assertThat(json.at("/memberships/0/accountId").asText())
                .isEqualTo(account.id().toString());
        assertThat(json.at("/memberships/0/accountName").asText()).isEqualTo("Acme");
        assertThat(json.at("/memberships/0/accountStatus").asText()).isEqualTo("APPROVED");
        assertThat(json.at("/memberships/0/role").asText()).isEqualTo("ADMIN");
        assertThat(json.toString()).doesNotContain("hash");
    }

    @Test
    void a_new_pin_must_be_six_digits_and_the_password_is_required() {
        assertThat(Violations.fields(new SetPinRequest("correct horse battery", "481937")))
                .isEmpty();
        assertThat(Violations.fields(new SetPinRequest(null, null))).containsExactly("newPin", "password");
        assertThat(Violations.fields(new SetPinRequest("pw", "4819370"))).containsExactly("newPin");
        assertThat(Violations.fields(new SetPinRequest("pw", "48193a"))).containsExactly("newPin");
    }

    @Test
    void a_pin_request_becomes_a_command_for_the_caller_and_never_prints_its_secrets() {
        Caller caller = Caller.user(UserId.random(), false, null);
        SetPinRequest request = new SetPinRequest("correct horse battery", "481937");

        SetPinCommand command = request.toCommand(caller);

        assertThat(command.caller()).isEqualTo(caller);
        assertThat(command.password()).isEqualTo("correct horse battery");
        assertThat(command.newPin()).isEqualTo("481937");
        assertThat(request.toString()).doesNotContain("correct horse battery").doesNotContain("481937");
    }
}
