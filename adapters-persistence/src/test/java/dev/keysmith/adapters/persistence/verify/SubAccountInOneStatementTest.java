package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.KeySnapshotPort.AccountStanding;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Product;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A master's key used for a sub-account costs one statement when nothing is held: the key, the sub-account's
 * master and its standing for the product come in one round trip, asked in the order verification asks them
 * ({@code findKey} on behalf of the account, then {@code masterOf} and {@code standing}). Statements are counted
 * by the snapshot's {@link BoundedQueries}, through which every read of a verification goes.
 */
@QuarkusTest
class SubAccountInOneStatementTest {

    @Inject
    PostgresPorts ports;

    @Inject
    DataSource dataSource;

    @Inject
    SnapshotSettings settings;

    @Test
    void aColdKeyUsedForASubAccountIsReadWithTheSubAccountInOneStatement() {
        Rows rows = new Rows(ports);
        Account master = approved(rows.account());
        Account sub = approved(rows.subAccountOf(master));
        Account onboarding = rows.subAccountOf(master);
        Product product = rows.product();
        enable(master, product);
        enable(sub, product);
        ApiKey key = rows.insert(rows.aKeyOf(master, product).build());
        BoundedQueries statements = new BoundedQueries(dataSource, settings);
        KeySnapshotCache cache = new KeySnapshotCache(statements, Clock.systemUTC(), settings);
        // Trusted and empty; the filter is not loaded, so the key is looked up.
        cache.freshness().heardEverythingUpTo(Instant.now());

        assertThat(cache.findKey(key.secretHash(), sub.id(), product.code())).isPresent();
        assertThat(cache.masterOf(sub.id())).contains(master.id());
        assertThat(cache.standing(sub.id(), product.code())).isEqualTo(new AccountStanding(true, true));
        assertThat(statements.calls()).as("a cold key for a sub-account").isEqualTo(1);

        assertThat(cache.findKey(key.secretHash(), onboarding.id(), product.code()))
                .isPresent();
        assertThat(cache.masterOf(onboarding.id())).contains(master.id());
        assertThat(cache.standing(onboarding.id(), product.code())).isEqualTo(new AccountStanding(false, false));
        assertThat(statements.calls())
                .as("a held key for a sub-account not held: its master and standing together")
                .isEqualTo(2);

        AccountId nobody = AccountId.random();
        assertThat(cache.findKey(key.secretHash(), nobody, product.code())).isPresent();
        assertThat(cache.masterOf(nobody)).isEmpty();
        assertThat(cache.standing(nobody, product.code())).isEqualTo(new AccountStanding(false, false));
        assertThat(cache.findKey(key.secretHash(), sub.id(), product.code())).isPresent();
        assertThat(cache.masterOf(sub.id())).contains(master.id());
        assertThat(cache.findKey(key.secretHash(), master.id(), product.code()))
                .as("the key's own account needs no facts")
                .isPresent();
        assertThat(statements.calls())
                .as("an unknown account, then everything held")
                .isEqualTo(3);
    }

    @Test
    void aColdKeyOnBehalfOfAnUnknownDigestCostsOneStatementAndKeepsNoFacts() {
        Rows rows = new Rows(ports);
        Account master = approved(rows.account());
        Account sub = approved(rows.subAccountOf(master));
        Product product = rows.product();
        BoundedQueries statements = new BoundedQueries(dataSource, settings);
        KeySnapshotCache cache = new KeySnapshotCache(statements, Clock.systemUTC(), settings);
        cache.freshness().heardEverythingUpTo(Instant.now());

        assertThat(cache.findKey(Rows.uniqueDigest(), sub.id(), product.code())).isEmpty();
        assertThat(statements.calls()).isEqualTo(1);
    }

    private Account approved(Account account) {
        Account approved = account.approve();
        ports.inTransaction(() -> ports.accounts().updateAccount(approved));
        return approved;
    }

    private void enable(Account account, Product product) {
        ports.inTransaction(() -> ports.productAccess()
                .saveAccess(ProductAccess.none(account.id(), product.code()).enable(Rows.now())));
    }
}
