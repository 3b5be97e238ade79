package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link InvitationPort} does, stated once and run against each implementation. */
public abstract class InvitationPortContractTest {

    protected abstract PortsUnderTest ports();

    private InvitationPort invitations() {
        return ports().invitations();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void anInvitationIsFoundByTheDigestOfItsTokenAndAcceptedOnce() {
        Account account = rows().account();
        User inviter = rows().user();
        Instant sent = Rows.now();
        Invitation invitation = Invitation.send(
                account.id(), Rows.uniqueEmail(), Role.SUPERADMIN, Rows.uniqueDigest(), inviter.id(), sent);
        ports().inTransaction(() -> invitations().insertInvitation(invitation));

        Instant acceptedAt = sent.plus(Duration.ofHours(1));
        Invitation accepted = ports().inTransaction(() -> {
            Invitation found = invitations()
                    .lockInvitationByDigest(invitation.tokenDigest())
                    .orElseThrow();
            assertThat(found).isEqualTo(invitation);
            Invitation done = found.accept(acceptedAt);
            invitations().updateInvitation(done);
            return done;
        });

        Invitation reloaded = ports().inTransaction(() ->
                invitations().lockInvitationByDigest(invitation.tokenDigest()).orElseThrow());
        assertThat(reloaded).isEqualTo(accepted);
        assertThat(reloaded.acceptedAt()).isEqualTo(acceptedAt);
        assertThat(reloaded.isPending(acceptedAt)).isFalse();
    }

    @Test
    void anInvitationWithoutAnInviterRoundTrips() {
        Account account = rows().account();
        Invitation invitation =
                Invitation.send(account.id(), Rows.uniqueEmail(), Role.ADMIN, Rows.uniqueDigest(), null, Rows.now());

        ports().inTransaction(() -> invitations().insertInvitation(invitation));

        assertThat(ports().inTransaction(() -> invitations().loadInvitations(account.id())))
                .containsExactly(invitation);
    }

    @Test
    void anUnknownDigestFindsNothing() {
        assertThat(ports().inTransaction(() -> invitations().lockInvitationByDigest(Rows.uniqueDigest())))
                .isEmpty();
    }

    @Test
    void theInvitationsOfAnAccountAreListedOldestFirst() {
        Account account = rows().account();
        Instant now = Rows.now();
        Invitation later =
                Invitation.send(account.id(), Rows.uniqueEmail(), Role.MEMBER, Rows.uniqueDigest(), null, now);
        Invitation earlier = Invitation.send(
                account.id(), Rows.uniqueEmail(), Role.ADMIN, Rows.uniqueDigest(), null, now.minusSeconds(60));
        Invitation elsewhere =
                Invitation.send(rows().account().id(), Rows.uniqueEmail(), Role.ADMIN, Rows.uniqueDigest(), null, now);
        ports().inTransaction(() -> {
            invitations().insertInvitation(later);
            invitations().insertInvitation(earlier);
            invitations().insertInvitation(elsewhere);
        });

        assertThat(ports().inTransaction(() -> invitations().loadInvitations(account.id())))
                .containsExactly(earlier, later);
    }
}
