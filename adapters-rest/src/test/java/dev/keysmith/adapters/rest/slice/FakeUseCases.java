package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase;
import dev.keysmith.application.port.in.account.CreateAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.InviteMemberUseCase;
import dev.keysmith.application.port.in.account.ListAccountsUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadPlatformAuditEventsUseCase;
import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.SetPinUseCase;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every use case the resources call, answering with fixed objects; records the last caller and input,
 * and throws {@link #failWith} once when it is set.
 */
@Singleton
public class FakeUseCases
        implements LoginUseCase,
                IssueVerifierTokenUseCase,
                GetProfileUseCase,
                SetPinUseCase,
                CreateAccountUseCase,
                GetAccountUseCase,
                ListAccountsUseCase,
                ChangeAccountStatusUseCase,
                ListMembersUseCase,
                InviteMemberUseCase,
                ChangeMemberUseCase,
                AcceptInvitationUseCase,
                ListAccountProductsUseCase,
                RequestProductAccessUseCase,
                DecideProductAccessUseCase,
                ManageVerifierClientsUseCase,
                ReadAuditEventsUseCase,
                ReadPlatformAuditEventsUseCase {

    static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    static final String SECRET = "vcs_shown-once";
    static final String INVITATION_TOKEN = "inv_shown-once";

    volatile Caller lastCaller;
    volatile Object lastInput;
    volatile RuntimeException failWith;

    void reset() {
        lastCaller = null;
        lastInput = null;
        failWith = null;
    }

    private void called(Caller caller, Object input) {
        lastCaller = caller;
        lastInput = input;
        RuntimeException failure = failWith;
        failWith = null;
        if (failure != null) {
            throw failure;
        }
    }

    static Account account(AccountId id) {
        return new Account(id, new AccountName("Acme"), null, AccountStatus.APPROVED, NOW);
    }

    private static VerifierClient client(UUID id, boolean enabled) {
        return new VerifierClient(
                id,
                new VerifierClientId("vc_abcdefghijklmnop"),
                "Payments backend",
                Set.of(new ProductCode("payments")),
                "hash",
                enabled,
                NOW,
                null);
    }

    private static IssuedInvitation invitation(AccountId account, Role role) {
        return new IssuedInvitation(
                Invitation.send(account, new Email("new@example.com"), role, "digest", null, NOW), INVITATION_TOKEN);
    }

    @Override
    public AccessToken login(LoginCommand command) {
        called(null, command);
        return new AccessToken("user.jwt.token", 900, Set.of());
    }

    @Override
    public AccessToken issueVerifierToken(IssueVerifierTokenCommand credentials) {
        called(null, credentials);
        return new AccessToken("verifier.jwt.token", 900, Set.of(new ProductCode("payments")));
    }

    @Override
    public Profile profile(GetProfileQuery query) {
        Caller caller = query.caller();
        called(caller, null);
        User user = User.register(
                caller.userId(),
                new Email("ada@example.com"),
                new DisplayName("Ada"),
                "hash",
                null,
                caller.operator(),
                NOW);
        return new Profile(user, List.of(new MembershipView(account(AccountId.random()), Role.ADMIN)));
    }

    @Override
    public void setPin(SetPinCommand command) {
        called(command.caller(), command);
    }

    @Override
    public CreatedAccount createAccount(CreateAccountCommand command) {
        called(command.caller(), command);
        Account account = account(AccountId.random());
        return new CreatedAccount(account, invitation(account.id(), Role.SUPERADMIN));
    }

    @Override
    public Account getAccount(GetAccountQuery query) {
        called(query.caller(), query.account());
        return account(query.account());
    }

    @Override
    public Page<Account> listAccounts(ListAccountsQuery query) {
        called(query.caller(), query.limit());
        return new Page<>(List.of(account(AccountId.random())), null);
    }

    @Override
    public Account approve(ApproveAccountCommand command) {
        called(command.caller(), command.account());
        return account(command.account());
    }

    @Override
    public Account suspend(SuspendAccountCommand command) {
        called(command.caller(), command.account());
        return account(command.account());
    }

    @Override
    public Account reinstate(ReinstateAccountCommand command) {
        called(command.caller(), command.account());
        return account(command.account());
    }

    @Override
    public Members listMembers(ListMembersQuery query) {
        called(query.caller(), query.account());
        return new Members(
                List.of(), List.of(invitation(query.account(), Role.MEMBER).invitation()));
    }

    @Override
    public IssuedInvitation invite(InviteMemberCommand command) {
        called(command.caller(), command);
        return invitation(command.account(), command.role());
    }

    @Override
    public Membership changeRole(ChangeMemberRoleCommand command) {
        called(command.caller(), command.role());
        return new Membership(command.account(), command.member(), command.role());
    }

    @Override
    public void removeMember(RemoveMemberCommand command) {
        called(command.caller(), command.member());
    }

    @Override
    public Membership accept(AcceptInvitationCommand command) {
        called(null, command);
        return new Membership(AccountId.random(), UserId.random(), Role.MEMBER);
    }

    @Override
    public List<ProductWithAccess> listAccountProducts(ListAccountProductsQuery query) {
        called(query.caller(), query.account());
        return List.of();
    }

    @Override
    public ProductAccess requestAccess(RequestProductAccessCommand command) {
        called(command.caller(), command.intendedStartDate());
        return ProductAccess.none(command.account(), command.product())
                .request(
                        command.intendedStartDate(),
                        command.useCase(),
                        command.caller().userId(),
                        NOW);
    }

    @Override
    public List<ProductAccess> listRequests(ListAccessRequestsQuery query) {
        called(query.caller(), query.state());
        return List.of();
    }

    @Override
    public ProductAccess approve(ApproveAccessRequestCommand command) {
        called(command.caller(), command.request());
        return ProductAccess.none(AccountId.random(), new ProductCode("payments"))
                .enable(NOW);
    }

    @Override
    public ProductAccess deny(DenyAccessRequestCommand command) {
        called(command.caller(), command.request());
        return ProductAccess.none(AccountId.random(), new ProductCode("payments"))
                .disable(NOW);
    }

    @Override
    public ProductAccess enable(EnableProductAccessCommand command) {
        called(command.caller(), command.product());
        return ProductAccess.none(command.account(), command.product()).enable(NOW);
    }

    @Override
    public ProductAccess disable(DisableProductAccessCommand command) {
        called(command.caller(), command.product());
        return ProductAccess.none(command.account(), command.product()).disable(NOW);
    }

    @Override
    public IssuedClient createClient(CreateVerifierClientCommand command) {
        called(command.caller(), command.products());
        return new IssuedClient(client(UUID.randomUUID(), true), SECRET);
    }

    @Override
    public List<VerifierClient> listClients(ListVerifierClientsQuery query) {
        called(query.caller(), null);
        return List.of(client(UUID.randomUUID(), true));
    }

    @Override
    public IssuedClient rollSecret(RollVerifierClientSecretCommand command) {
        called(command.caller(), command.pin());
        return new IssuedClient(client(command.client(), true), SECRET);
    }

    @Override
    public VerifierClient setEnabled(SetVerifierClientEnabledCommand command) {
        called(command.caller(), command.enabled());
        return client(command.client(), command.enabled());
    }

    @Override
    public Page<AuditEvent> readEvents(ReadAuditEventsQuery query) {
        called(query.caller(), query.action());
        return new Page<>(List.of(), null);
    }

    @Override
    public Page<AuditEvent> readPlatformEvents(ReadPlatformAuditEventsQuery query) {
        called(query.caller(), query.action());
        return new Page<>(List.of(), null);
    }
}
