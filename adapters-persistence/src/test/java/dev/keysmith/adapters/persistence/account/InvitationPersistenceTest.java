package dev.keysmith.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.contract.InvitationPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationPersistenceTest extends InvitationPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Inject
    InvitationPort invitations;

    @Inject
    Stored stored;

    @Test
    void lockingAnInvitationHoldsItsRowUntilTheTransactionEnds() {
        Invitation invitation = Invitation.send(
                stored.account().id(),
                Stored.uniqueEmail(),
                Role.ADMIN,
                TokenDigest.of(UUID.randomUUID().toString()),
                null,
                Stored.now());
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
