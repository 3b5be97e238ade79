package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.domain.user.OperatorInvitation;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link OperatorInvitationPort} does, stated once and run against each implementation. */
public abstract class OperatorInvitationPortContractTest {

    protected abstract PortsUnderTest ports();

    private OperatorInvitationPort invitations() {
        return ports().operatorInvitations();
    }

    @Test
    void anInvitationIsFoundByTheDigestOfItsTokenAndAcceptedOnce() {
        User inviter = new Rows(ports()).operator();
        Instant sent = Rows.now();
        OperatorInvitation invitation =
                OperatorInvitation.send(Rows.uniqueEmail(), Rows.uniqueDigest(), inviter.id(), sent);
        ports().inTransaction(() -> invitations().insertOperatorInvitation(invitation));

        Instant acceptedAt = sent.plus(Duration.ofHours(1));
        OperatorInvitation accepted = ports().inTransaction(() -> {
            OperatorInvitation found = invitations()
                    .lockOperatorInvitationByDigest(invitation.tokenDigest())
                    .orElseThrow();
            assertThat(found).isEqualTo(invitation);
            OperatorInvitation done = found.accept(acceptedAt);
            invitations().updateOperatorInvitation(done);
            return done;
        });

        OperatorInvitation reloaded = ports().inTransaction(() -> invitations()
                .lockOperatorInvitationByDigest(invitation.tokenDigest())
                .orElseThrow());
        assertThat(reloaded).isEqualTo(accepted);
        assertThat(reloaded.acceptedAt()).isEqualTo(acceptedAt);
    }

    @Test
    void anUnknownDigestFindsNothing() {
        assertThat(ports().inTransaction(() -> invitations().lockOperatorInvitationByDigest(Rows.uniqueDigest())))
                .isEmpty();
    }
}
