package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.operator.AcceptOperatorInvitationUseCase;
import dev.keysmith.application.port.in.operator.AlreadyOperatorException;
import dev.keysmith.application.port.in.operator.DeactivateOperatorUseCase;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase;
import dev.keysmith.application.port.in.operator.ListOperatorsUseCase;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.LastOperatorException;
import dev.keysmith.domain.user.OperatorInvitation;
import dev.keysmith.domain.user.OperatorNotFoundException;
import dev.keysmith.domain.user.Password;
import dev.keysmith.domain.user.Pin;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Platform staff: operators invite further operators and deactivate them, never the last active one. */
public final class OperatorService
        implements ListOperatorsUseCase,
                InviteOperatorUseCase,
                AcceptOperatorInvitationUseCase,
                DeactivateOperatorUseCase {

    private final UserPort users;
    private final OperatorInvitationPort invitations;
    private final PasswordCheck passwords;
    private final SecretHasherPort hasher;
    private final RandomTokenPort random;
    private final SendEmailPort email;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public OperatorService(
            UserPort users,
            OperatorInvitationPort invitations,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            RandomTokenPort random,
            SendEmailPort email,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.passwords = passwords;
        this.hasher = hasher;
        this.random = random;
        this.email = email;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<User> listOperators(ListOperatorsQuery query) {
        Caller caller = query.caller();
        caller.requireOperator();
        return users.loadOperators();
    }

    @Override
    public IssuedOperatorInvitation inviteOperator(InviteOperatorCommand command) {
        command.caller().requireOperator();
        Email invitee = Require.present(command.email(), "email");
        IssuedOperatorInvitation issued = transactions.inTransaction(() -> {
            if (users.loadUserByEmail(invitee).filter(User::activeOperator).isPresent()) {
                throw new AlreadyOperatorException();
            }
            String token = random.newToken(32);
            OperatorInvitation invitation = OperatorInvitation.send(
                    invitee, TokenDigest.of(token), command.caller().userId(), clock.instant());
            invitations.insertOperatorInvitation(invitation);
            audit.record(
                    command.caller(),
                    AuditAction.OPERATOR_INVITED,
                    "operatorInvitation",
                    invitation.id(),
                    null,
                    Map.of("email", invitee.value()));
            return new IssuedOperatorInvitation(invitation, token);
        });
        email.send(new EmailMessage(
                List.of(invitee.value()),
                "You are invited to operate Keysmith",
                "You have been invited to become an operator of Keysmith.\n\n"
                        + "Accept with your display name, a password (12+ characters) and a 6-digit PIN:\n"
                        + "  POST /v1/operator-invitations/" + issued.token() + "/accept\n\n"
                        + "The invitation expires at " + issued.invitation().expiresAt() + " and works once.\n"));
        return issued;
    }

    @Override
    public User acceptOperatorInvitation(AcceptOperatorInvitationCommand command) {
        Caller anonymous = Caller.anonymous(command.clientIp());
        Optional<User> accepted = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            OperatorInvitation invitation = invitations
                    .lockOperatorInvitationByDigest(TokenDigest.of(Require.present(command.token(), "token")))
                    .filter(i -> i.isPending(now))
                    .orElseThrow(InvitationNotUsableException::new);
            Optional<User> existing = users.loadUserByEmail(invitation.email()).flatMap(u -> users.lockUser(u.id()));
            User operator;
            if (existing.isPresent()) {
                // An existing user proves who they are with their password; a deactivated one comes back.
                if (!passwords.check(existing.get(), command.password(), anonymous)) {
                    return Optional.<User>empty();
                }
                operator = existing.get().asActiveOperator();
                users.updateUser(operator);
            } else {
                DisplayName name = new DisplayName(command.displayName());
                Password password = new Password(command.password());
                Pin pin = Pin.choose(command.pin());
                operator = User.register(
                        UserId.random(),
                        invitation.email(),
                        name,
                        hasher.hash(password.value()),
                        hasher.hash(pin.value()),
                        true,
                        now);
                users.insertUser(operator);
            }
            invitations.updateOperatorInvitation(invitation.accept(now));
            audit.record(
                    Caller.user(operator.id(), true, command.clientIp()),
                    AuditAction.OPERATOR_INVITATION_ACCEPTED,
                    "operatorInvitation",
                    invitation.id(),
                    null);
            return Optional.of(operator);
        });
        return accepted.orElseThrow(WrongPasswordException::new);
    }

    @Override
    public User deactivateOperator(DeactivateOperatorCommand command) {
        command.caller().requireOperator();
        return transactions.inTransaction(() -> {
            List<User> active = users.lockActiveOperators();
            Optional<User> target = active.stream()
                    .filter(u -> u.id().equals(command.operator()))
                    .findFirst();
            if (target.isEmpty()) {
                // Already deactivated is done; anyone else is not an operator.
                return users.loadUser(command.operator())
                        .filter(User::operator)
                        .orElseThrow(OperatorNotFoundException::new);
            }
            if (active.size() <= 1) {
                throw new LastOperatorException();
            }
            User deactivated = target.get().deactivated();
            users.updateUser(deactivated);
            audit.record(command.caller(), AuditAction.OPERATOR_DEACTIVATED, "user", deactivated.id(), null);
            return deactivated;
        });
    }
}
