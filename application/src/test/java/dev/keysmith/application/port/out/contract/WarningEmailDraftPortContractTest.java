package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import dev.keysmith.application.port.out.WarningEmailDraftPort.DraftLines;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarningEmailDraftPort} does, stated once and run against each implementation. Which members
 * count as an account's admins is the PostgreSQL adapter's own test.
 */
public abstract class WarningEmailDraftPortContractTest {

    protected abstract PortsUnderTest ports();

    /** Makes {@code admins} the account's SUPERADMINs and ADMINs, whom its drafts are addressed to. */
    protected abstract void makeAdmins(Account account, List<User> admins);

    private WarningEmailDraftPort drafts() {
        return ports().warningEmailDrafts();
    }

    @Test
    void anAccountsDraftCollectsLinesOverBatchesUpToTheCapAndIsGoneOnceTaken() {
        Rows rows = new Rows(ports());
        Account account = rows.account();
        User owner = rows.user();
        User admin = rows.user();
        makeAdmins(account, List.of(owner, admin));
        Account otherAccount = rows.account();
        UUID sweep = UUID.randomUUID();

        ports().inTransaction(() -> drafts().appendToDrafts(
                        sweep,
                        List.of(
                                new DraftLines(account.id(), "Subject", List.of("one", "two")),
                                new DraftLines(otherAccount.id(), "Other", List.of("elsewhere"))),
                        3));
        ports().inTransaction(() -> drafts().appendToDrafts(
                        sweep, List.of(new DraftLines(account.id(), "Subject", List.of("three", "four"))), 3));

        List<Draft> taken = takeAll();
        assertThat(taken)
                .filteredOn(e -> e.account().equals(account.id()))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.lines()).containsExactly("one", "two", "three");
                    assertThat(email.lineCount()).isEqualTo(4);
                    assertThat(email.subject()).isEqualTo("Subject");
                    assertThat(email.recipients())
                            .containsExactlyInAnyOrder(
                                    owner.email().value(), admin.email().value());
                });
        assertThat(taken)
                .filteredOn(e -> e.account().equals(otherAccount.id()))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.lines()).containsExactly("elsewhere");
                    assertThat(email.lineCount()).isEqualTo(1);
                    assertThat(email.recipients()).isEmpty();
                });
        assertThat(ports().inTransaction(() -> drafts().lockNextDraft())).isEmpty();
    }

    @Test
    void eachSweepWritesADraftOfItsOwn() {
        Account account = new Rows(ports()).account();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        ports().inTransaction(() ->
                drafts().appendToDrafts(first, List.of(new DraftLines(account.id(), "First", List.of("one"))), 10));
        ports().inTransaction(() ->
                drafts().appendToDrafts(second, List.of(new DraftLines(account.id(), "Second", List.of("two"))), 10));

        assertThat(takeAll())
                .filteredOn(e -> e.account().equals(account.id()))
                .extracting(Draft::subject)
                .containsExactlyInAnyOrder("First", "Second");
    }

    /** Takes drafts as the outbox worker does, each deleted in the transaction that took it, until none is left. */
    private List<Draft> takeAll() {
        List<Draft> taken = new ArrayList<>();
        while (true) {
            Optional<Draft> next = ports().inTransaction(
                            () -> drafts().lockNextDraft().map(email -> {
                                drafts().deleteDraft(email.id());
                                return email;
                            }));
            if (next.isEmpty()) {
                return taken;
            }
            taken.add(next.get());
        }
    }
}
