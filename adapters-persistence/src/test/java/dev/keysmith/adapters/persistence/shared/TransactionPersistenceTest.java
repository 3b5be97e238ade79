package dev.keysmith.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.application.port.out.contract.TransactionPortContractTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JTA adapter: the port's contract, and that a failed unit, nested ones included, leaves no row behind. */
@QuarkusTest
class TransactionPersistenceTest extends TransactionPortContractTest {

    @Inject
    TransactionPort transactions;

    @Inject
    PostgresPorts ports;

    @Override
    protected TransactionPort transactions() {
        return transactions;
    }

    private static Account anAccount() {
        return Account.open(AccountId.random(), new AccountName("Account " + UUID.randomUUID()), null, Rows.now());
    }

    private boolean stored(Account account) {
        return ports.inTransaction(() -> ports.accounts().loadAccount(account.id()))
                .isPresent();
    }

    @Test
    void aUnitThatReturnsKeepsItsWritesAndOneThatThrowsKeepsNone() {
        Account kept = anAccount();
        Account lost = anAccount();

        transactions.inTransaction(() -> ports.accounts().insertAccount(kept));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    ports.accounts().insertAccount(lost);
                    throw new IllegalStateException("after the write");
                }))
                .hasMessage("after the write");

        assertThat(stored(kept)).isTrue();
        assertThat(stored(lost)).isFalse();
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndIsRolledBackWithIt() {
        Account inner = anAccount();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    transactions.inTransaction(() -> ports.accounts().insertAccount(inner));
                    throw new IllegalStateException("the outer unit failed");
                }))
                .hasMessage("the outer unit failed");

        assertThat(stored(inner)).isFalse();
    }
}
