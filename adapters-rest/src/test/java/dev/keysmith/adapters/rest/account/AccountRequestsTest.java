package dev.keysmith.adapters.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase.AcceptInvitationCommand;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreateAccountCommand;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreatedAccount;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.InviteMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Member;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Members;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountRequestsTest {

    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    private static final Caller OPERATOR = Caller.user(UserId.random(), true, "192.0.2.1");
    private static final String TOKEN = "inv_s3cr3t-token-value";

    @Test
    void a_create_request_becomes_a_command_for_a_sub_account_when_a_parent_is_named() {
        UUID parent = UUID.randomUUID();

        CreateAccountCommand command = new CreateAccountRequest(
                        "Acme Berlin", parent, new CreateAccountRequest.Owner("ada@example.com", "Ada"))
                .toCommand(OPERATOR);

        assertThat(command.caller()).isEqualTo(OPERATOR);
        assertThat(command.name()).isEqualTo(new AccountName("Acme Berlin"));
        assertThat(command.parentAccountId()).isEqualTo(new AccountId(parent));
        assertThat(command.ownerEmail()).isEqualTo(new Email("ada@example.com"));
        assertThat(command.ownerDisplayName()).isEqualTo("Ada");
        assertThat(new CreateAccountRequest("Acme", null, new CreateAccountRequest.Owner("a@example.com", "A"))
                        .toCommand(OPERATOR)
                        .parentAccountId())
                .isNull();
    }

    @Test
    void a_create_request_needs_a_name_and_an_owner_within_bounds() {
        assertThat(Violations.fields(new CreateAccountRequest(null, null, null)))
                .containsExactly("name", "owner");
        assertThat(Violations.fields(new CreateAccountRequest(
                        "n".repeat(101),
                        null,
                        new CreateAccountRequest.Owner("a".repeat(250) + "@x.io", "d".repeat(101)))))
                .containsExactly("name", "owner.displayName", "owner.email");
    }

    @Test
    void a_created_account_answers_with_its_fields_and_the_owners_invitation() {
        Account account = new Account(AccountId.random(), new AccountName("Acme"), null, AccountStatus.ONBOARDING, NOW);
        IssuedInvitation invitation = invitation(account.id(), Role.SUPERADMIN);

        JsonNode json = Json.tree(CreatedAccountResponse.from(new CreatedAccount(account, invitation)));

        assertThat(json.get("id").asText()).isEqualTo(account.id().toString());
        assertThat(json.get("name").asText()).isEqualTo("Acme");
        assertThat(json.get("status").asText()).isEqualTo("ONBOARDING");
        assertThat(json.get("createdAt").asText()).isEqualTo("2030-03-01T09:00:00Z");
        assertThat(json.at("/ownerInvitation/id").asText())
                .isEqualTo(invitation.invitation().id().toString());
        assertThat(json.at("/ownerInvitation/email").asText()).isEqualTo("owner@example.com");
        assertThat(json.at("/ownerInvitation/role").asText()).isEqualTo("SUPERADMIN");
        assertThat(json.at("/ownerInvitation/token").asText()).isEqualTo(TOKEN);
        assertThat(json.at("/ownerInvitation/expiresAt").asText()).isEqualTo("2030-03-08T09:00:00Z");
        assertThat(IssuedInvitationResponse.from(invitation).toString()).doesNotContain(TOKEN);
    }

    @Test
    void an_account_names_its_parent_by_id() {
        AccountId master = AccountId.random();
        Account sub =
                new Account(AccountId.random(), new AccountName("Acme Berlin"), master, AccountStatus.APPROVED, NOW);

        assertThat(AccountResponse.from(sub).parentAccountId()).isEqualTo(master.value());
    }

    @Test
    void members_and_pending_invitations_are_listed_without_invitation_tokens() {
        AccountId account = AccountId.random();
        User user = User.register(
                UserId.random(), new Email("bo@example.com"), new DisplayName("Bo"), "hash", null, false, NOW);
        IssuedInvitation pending = invitation(account, Role.MEMBER);

        JsonNode json = Json.tree(MembersResponse.from(
                new Members(List.of(new Member(user, Role.ADMIN)), List.of(pending.invitation()))));

        assertThat(json.at("/members/0/userId").asText()).isEqualTo(user.id().toString());
        assertThat(json.at("/members/0/email").asText()).isEqualTo("bo@example.com");
        assertThat(json.at("/members/0/displayName").asText()).isEqualTo("Bo");
        assertThat(json.at("/members/0/role").asText()).isEqualTo("ADMIN");
        assertThat(json.at("/invitations/0/id").asText())
                .isEqualTo(pending.invitation().id().toString());
        assertThat(json.at("/invitations/0/role").asText()).isEqualTo("MEMBER");
        assertThat(json.toString()).doesNotContain(TOKEN).doesNotContain("tokenDigest");
    }

    @Test
    void an_invite_request_becomes_a_command_and_needs_an_email_and_a_role() {
        AccountId account = AccountId.random();

        InviteMemberCommand command =
                new InviteMemberRequest("cy@example.com", Role.ADMIN).toCommand(OPERATOR, account);

        assertThat(command.account()).isEqualTo(account);
        assertThat(command.email()).isEqualTo(new Email("cy@example.com"));
        assertThat(command.role()).isEqualTo(Role.ADMIN);
        assertThat(Violations.fields(new InviteMemberRequest(null, null))).containsExactly("email", "role");
        assertThat(Violations.fields(new ChangeMemberRequest(null))).containsExactly("role");
    }

    @Test
    void a_membership_answers_with_account_user_and_role() {
        Membership membership = new Membership(AccountId.random(), UserId.random(), Role.SUPERADMIN);

        JsonNode json = Json.tree(MembershipResponse.from(membership));

        assertThat(json.get("accountId").asText())
                .isEqualTo(membership.accountId().toString());
        assertThat(json.get("userId").asText()).isEqualTo(membership.userId().toString());
        assertThat(json.get("role").asText()).isEqualTo("SUPERADMIN");
    }

    @Test
    void accepting_needs_a_password_and_checks_the_pin_shape_only_when_one_is_given() {
        assertThat(Violations.fields(new AcceptInvitationRequest(null, "correct horse battery", null)))
                .isEmpty();
        assertThat(Violations.fields(new AcceptInvitationRequest("Dee", null, "12345")))
                .containsExactly("password", "pin");
        assertThat(Violations.fields(new AcceptInvitationRequest("Dee", "p".repeat(129), "48a193")))
                .containsExactly("password", "pin");
    }

    @Test
    void an_accept_request_carries_the_token_and_never_prints_its_secrets() {
        AcceptInvitationRequest request = new AcceptInvitationRequest("Dee", "correct horse battery", "481937");

        AcceptInvitationCommand command = request.toCommand(TOKEN, "198.51.100.4");

        assertThat(command.token()).isEqualTo(TOKEN);
        assertThat(command.password()).isEqualTo("correct horse battery");
        assertThat(command.pin()).isEqualTo("481937");
        assertThat(command.clientIp()).isEqualTo("198.51.100.4");
        assertThat(request.toString()).doesNotContain("correct horse battery").doesNotContain("481937");
    }

    private static IssuedInvitation invitation(AccountId account, Role role) {
        Invitation invitation = Invitation.send(
                account,
                new Email(role == Role.SUPERADMIN ? "owner@example.com" : "new@example.com"),
                role,
                "digest",
                null,
                NOW);
        return new IssuedInvitation(invitation, TOKEN);
    }
}
