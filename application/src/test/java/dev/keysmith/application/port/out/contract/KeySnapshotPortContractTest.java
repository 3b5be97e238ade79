package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.KeySnapshotPort.AccountStanding;
import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeySnapshotPort} answers about rows stored through the other ports, stated once and run against
 * each implementation. Every row is stored before its first question: how soon a cached answer follows a change is
 * the snapshot's own test.
 */
public abstract class KeySnapshotPortContractTest {

    protected abstract PortsUnderTest ports();

    /** The snapshot over {@link #ports()}'s rows. */
    protected abstract KeySnapshotPort snapshots();

    private Rows rows() {
        return new Rows(ports());
    }

    private Account approved(Account account) {
        Account approved = account.approve();
        ports().inTransaction(() -> ports().accounts().updateAccount(approved));
        return approved;
    }

    private void enable(Account account, Product product) {
        ports().inTransaction(() -> ports().productAccess()
                .saveAccess(ProductAccess.none(account.id(), product.code()).enable(Rows.now())));
    }

    @Test
    void aLiveKeyIsFoundByItsHashWithItsAccountProductAccessAndCatalogueEntry() {
        Account account = approved(rows().account());
        Product product = rows().product();
        enable(account, product);
        ApiKey key = rows().insert(rows().aKeyOf(account, product).build());

        KeySnapshot found = snapshots().findKey(key.secretHash()).orElseThrow();

        assertThat(found.key()).isEqualTo(key);
        assertThat(found.accountActive()).isTrue();
        assertThat(found.masterActive()).isTrue();
        assertThat(found.productEnabled()).isTrue();
        assertThat(found.productScopes()).containsExactly(new Scope("read"));
        assertThat(found.productPrefix()).isEqualTo(product.keyPrefix());
    }

    @Test
    void aDeadKeyIsFoundAsItIsSoVerificationCanSayWhyAndItsAccountsStateCountsToo() {
        Account master = rows().account();
        Account sub = approved(rows().subAccountOf(master));
        Product product = rows().product();
        ApiKey revoked = rows().insert(rows().aKeyOf(sub, product)
                .withStatus(KeyStatus.REVOKED)
                .build());

        KeySnapshot found = snapshots().findKey(revoked.secretHash()).orElseThrow();

        assertThat(found.key().status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(found.key()).isEqualTo(revoked);
        assertThat(found.accountActive()).isTrue();
        assertThat(found.masterActive()).isFalse();
        assertThat(found.productEnabled()).isFalse();
    }

    @Test
    void anUnknownHashFindsNothingEvenWhenAskedAgain() {
        String unknown = Rows.uniqueDigest();

        assertThat(snapshots().findKey(unknown)).isEmpty();
        assertThat(snapshots().findKey(unknown)).isEmpty();
    }

    @Test
    void aSubAccountHasItsMasterAndATopLevelOrUnknownAccountHasNone() {
        Account master = rows().account();
        Account sub = rows().subAccountOf(master);

        assertThat(snapshots().masterOf(sub.id())).contains(master.id());
        assertThat(snapshots().masterOf(master.id())).isEmpty();
        assertThat(snapshots().masterOf(AccountId.random())).isEmpty();
    }

    @Test
    void anAccountStandsForAProductWhenApprovedAndEnabledForIt() {
        Account approved = approved(rows().account());
        Account onboarding = rows().account();
        Product enabled = rows().product();
        Product other = rows().product();
        enable(approved, enabled);
        enable(onboarding, enabled);

        assertThat(snapshots().standing(approved.id(), enabled.code())).isEqualTo(new AccountStanding(true, true));
        assertThat(snapshots().standing(approved.id(), other.code())).isEqualTo(new AccountStanding(true, false));
        assertThat(snapshots().standing(onboarding.id(), enabled.code())).isEqualTo(new AccountStanding(false, true));
        assertThat(snapshots().standing(AccountId.random(), enabled.code()))
                .isEqualTo(new AccountStanding(false, false));
    }

    @Test
    void anUnknownVerifierClientIsNotThere() {
        assertThat(snapshots().verifierClient("vc_" + UUID.randomUUID())).isEmpty();
    }
}
