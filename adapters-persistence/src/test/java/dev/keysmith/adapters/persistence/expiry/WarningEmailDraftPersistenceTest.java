package dev.keysmith.adapters.persistence.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import dev.keysmith.application.port.out.WarningEmailDraftPort.DraftLines;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.WarningEmailDraftPortContractTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WarningEmailDraftPersistenceTest extends WarningEmailDraftPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    WarningEmailDraftPort drafts;

    @Inject
    Stored stored;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected void makeAdmins(Account account, List<User> admins) {
        for (int i = 0; i < admins.size(); i++) {
            stored.member(account, admins.get(i), i == 0 ? Role.SUPERADMIN : Role.ADMIN);
        }
    }

    @Test
    void aDraftIsAddressedToTheAccountsSuperadminsAndAdminsNotItsPlainMembers() {
        Account account = stored.account();
        User owner = stored.user();
        User admin = stored.user();
        stored.member(account, owner, Role.SUPERADMIN);
        stored.member(account, admin, Role.ADMIN);
        stored.member(account, stored.user(), Role.MEMBER);
        UUID sweep = UUID.randomUUID();

        ports.inTransaction(() ->
                drafts.appendToDrafts(sweep, List.of(new DraftLines(account.id(), "Subject", List.of("one"))), 3));

        Draft draft = ports.inTransaction(() -> drafts.lockNextDraft().map(email -> {
                    drafts.deleteDraft(email.id());
                    return email;
                }))
                .orElseThrow();
        assertThat(draft.account()).isEqualTo(account.id());
        assertThat(draft.recipients())
                .containsExactlyInAnyOrder(owner.email().value(), admin.email().value());
    }
}
