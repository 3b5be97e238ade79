package dev.keysmith.adapters.persistence.account;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.contract.AccountPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPersistenceTest extends AccountPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Inject
    AccountPort accounts;

    @Inject
    Stored stored;

    @Test
    void lockAccountHoldsTheRowUntilTheTransactionEnds() {
        Account account = stored.account();
        AtomicBoolean lockedInside = new AtomicBoolean();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(accounts.lockAccount(account.id())).contains(account);
            lockedInside.set(stored.lockedElsewhere("account", account.id().value()));
        });

        assertThat(lockedInside).isTrue();
        assertThat(stored.lockedElsewhere("account", account.id().value())).isFalse();
        assertThat(read(() -> accounts.lockAccount(AccountId.random()))).isEmpty();
    }
}
