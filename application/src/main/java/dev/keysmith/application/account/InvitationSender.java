package dev.keysmith.application.account;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Creates an invitation with a fresh one-time token, stores its digest, audits it and queues the email carrying
 * the token, all in the caller's transaction; the outbox worker sends the email after the commit. The email links
 * to the console's acceptance page at the address the service is reached at from outside.
 */
public final class InvitationSender {

    private final InvitationPort invitations;
    private final RandomTokenPort random;
    private final SendEmailPort email;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    /** @param publicUrl the service's address from outside, without a trailing slash ({@code DeliverySettings}) */
    public InvitationSender(
            InvitationPort invitations,
            RandomTokenPort random,
            SendEmailPort email,
            AuditTrail audit,
            Clock clock,
            String publicUrl) {
        this.invitations = invitations;
        this.random = random;
        this.email = email;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public IssuedInvitation invite(Caller caller, Account account, Email invitee, Role role) {
        String token = random.newToken(32);
        UserId invitedBy = caller.isUser() ? caller.userId() : null;
        Invitation invitation =
                Invitation.send(account.id(), invitee, role, TokenDigest.of(token), invitedBy, clock.instant());
        invitations.insertInvitation(invitation);
        audit.record(
                caller,
                AuditAction.MEMBER_INVITED,
                "invitation",
                invitation.id(),
                account.id(),
                Map.of("email", invitee.value(), "role", role.name()));
        email.send(new EmailMessage(
                MessageKind.INVITATION,
                List.of(invitee.value()),
                "You are invited to " + account.name() + " on Keysmith",
                "You have been invited to join " + account.name() + " as " + role + ".\n\n"
                        + "Accept with your display name, a password (12+ characters) and a 6-digit PIN\n"
                        + "in the web console:\n"
                        + "  " + publicUrl + "/console/invitations/" + token + "\n"
                        + "or through the API:\n"
                        + "  POST " + publicUrl + "/v1/invitations/" + token + "/accept\n\n"
                        + "The invitation expires at " + invitation.expiresAt() + " and works once.\n"));
        return new IssuedInvitation(invitation, token);
    }
}
