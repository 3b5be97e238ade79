package dev.keysmith.adapters.persistence.account;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationPersistenceTest {

    @Inject
    InvitationPort invitations;

    @Inject
    Stored stored;

    @Test
    void anInvitationIsFoundByTheDigestOfItsTokenAndAcceptedOnce() {
        Account account = stored.account();
        User inviter = stored.user();
        Instant sent = Stored.now();
        Invitation invitation = Invitation.send(account.id(), Stored.uniqueEmail(), Role.SUPERADMIN,
                TokenDigest.of(UUID.randomUUID().toString()), inviter.id(), sent);
        QuarkusTransaction.requiringNew().run(() -> invitations.insertInvitation(invitation));

        Instant acceptedAt = sent.plus(Duration.ofHours(1));
        Invitation accepted = QuarkusTransaction.requiringNew().call(() -> {
            Invitation found = invitations.lockInvitationByDigest(invitation.tokenDigest()).orElseThrow();
            assertThat(found).isEqualTo(invitation);
            Invitation done = found.accept(acceptedAt);
            invitations.updateInvitation(done);
            return done;
        });

        Invitation reloaded = QuarkusTransaction.requiringNew()
                .call(() -> invitations.lockInvitationByDigest(invitation.tokenDigest()).orElseThrow());
        assertThat(reloaded).isEqualTo(accepted);
        assertThat(reloaded.acceptedAt()).isEqualTo(acceptedAt);
        assertThat(reloaded.isPending(acceptedAt)).isFalse();
    }

    @Test
    void anInvitationWithoutAnInviterRoundTrips() {
        Account account = stored.account();
        Invitation invitation = Invitation.send(account.id(), Stored.uniqueEmail(), Role.ADMIN,
                TokenDigest.of(UUID.randomUUID().toString()), null, Stored.now());

        QuarkusTransaction.requiringNew().run(() -> invitations.insertInvitation(invitation));

        assertThat(read(() -> invitations.loadInvitations(account.id()))).containsExactly(invitation);
    }

    @Test
    void anUnknownDigestFindsNothing() {
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> invitations.lockInvitationByDigest(TokenDigest.of("never issued")))).isEmpty();
    }

    @Test
    void theInvitationsOfAnAccountAreListedOldestFirst() {
        Account account = stored.account();
        Instant now = Stored.now();
        Invitation later = Invitation.send(account.id(), Stored.uniqueEmail(), Role.MEMBER,
                TokenDigest.of(UUID.randomUUID().toString()), null, now);
        Invitation earlier = Invitation.send(account.id(), Stored.uniqueEmail(), Role.ADMIN,
                TokenDigest.of(UUID.randomUUID().toString()), null, now.minusSeconds(60));
        Invitation elsewhere = Invitation.send(stored.account().id(), Stored.uniqueEmail(), Role.ADMIN,
                TokenDigest.of(UUID.randomUUID().toString()), null, now);
        QuarkusTransaction.requiringNew().run(() -> {
            invitations.insertInvitation(later);
            invitations.insertInvitation(earlier);
            invitations.insertInvitation(elsewhere);
        });

        assertThat(read(() -> invitations.loadInvitations(account.id()))).containsExactly(earlier, later);
    }

    @Test
    void lockingAnInvitationHoldsItsRowUntilTheTransactionEnds() {
        Invitation invitation = Invitation.send(stored.account().id(), Stored.uniqueEmail(), Role.ADMIN,
                TokenDigest.of(UUID.randomUUID().toString()), null, Stored.now());
        QuarkusTransaction.requiringNew().run(() -> invitations.insertInvitation(invitation));
        AtomicBoolean lockedInside = new AtomicBoolean();

        QuarkusTransaction.requiringNew().run(() -> {
            invitations.lockInvitationByDigest(invitation.tokenDigest()).orElseThrow();
            lockedInside.set(stored.lockedElsewhere("invitation", invitation.id()));
        });

        assertThat(lockedInside).isTrue();
        assertThat(stored.lockedElsewhere("invitation", invitation.id())).isFalse();
    }
}
