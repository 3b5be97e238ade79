package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.integrator.PhoneNumber;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link IntegratorPort} does, stated once and run against each implementation. */
public abstract class IntegratorPortContractTest {

    protected abstract PortsUnderTest ports();

    protected abstract IntegratorPort integrators();

    private Rows rows() {
        return new Rows(ports());
    }

    /** A new, active integrator of the account, not yet stored. */
    public static Integrator anIntegratorOf(Account account, String name) {
        return Integrator.create(account.id(), name, Rows.uniqueEmail(), new PhoneNumber("+447911123456"), Rows.now());
    }

    private Integrator stored(Integrator integrator) {
        ports().inTransaction(() -> integrators().insertIntegrator(integrator));
        return integrator;
    }

    @Test
    void everyFieldOfAnIntegratorSurvivesTheRoundTrip() {
        Integrator integrator = stored(anIntegratorOf(rows().account(), "Zapier Ltd"));

        assertThat(ports().inTransaction(() -> integrators().loadIntegrator(integrator.id())))
                .contains(integrator);
        assertThat(ports().inTransaction(() -> integrators().lockIntegrator(integrator.id())))
                .contains(integrator);
        assertThat(ports().inTransaction(() -> integrators().loadIntegrator(IntegratorId.random())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> integrators().lockIntegrator(IntegratorId.random())))
                .isEmpty();
    }

    @Test
    void aChangeIsStoredAndAnUnknownIntegratorCannotBeChanged() {
        Integrator integrator = stored(anIntegratorOf(rows().account(), "Zapier Ltd"));
        Instant later = integrator.updatedAt().plus(Duration.ofHours(1));
        Integrator changed = integrator.change(
                "Zapier Inc", new Email("ops@zapier.example"), new PhoneNumber("+14158586273"), false, later);

        ports().inTransaction(() -> integrators().updateIntegrator(changed));

        assertThat(ports().inTransaction(() -> integrators().loadIntegrator(integrator.id())))
                .contains(changed);
        Integrator unknown = anIntegratorOf(rows().account(), "Never stored");
        assertThatThrownBy(() -> ports().inTransaction(() -> integrators().updateIntegrator(unknown)))
                .isInstanceOf(IntegratorNotFoundException.class);
    }

    @Test
    void anAccountsIntegratorsAreListedByNameAndNoOtherAccounts() {
        Account account = rows().account();
        Integrator zed = stored(anIntegratorOf(account, "Zed"));
        Integrator ada = stored(anIntegratorOf(account, "Ada"));
        Integrator mia = stored(anIntegratorOf(account, "Mia"));
        stored(anIntegratorOf(rows().account(), "Bob"));

        assertThat(ports().inTransaction(() -> integrators().loadIntegrators(account.id())))
                .containsExactly(ada, mia, zed);
        assertThat(ports().inTransaction(() ->
                        integrators().loadIntegrators(rows().account().id())))
                .isEmpty();
    }

    @Test
    void aKeyMadeForAnIntegratorNamesThemLiveOrDead() {
        Account account = rows().account();
        Product product = rows().product();
        Integrator integrator = stored(anIntegratorOf(account, "Zapier Ltd"));
        Integrator other = stored(anIntegratorOf(account, "Make"));
        ApiKey live = rows().insert(rows().aKeyOf(account, product).build());
        ApiKey revoked = rows().insert(rows().aKeyOf(account, product)
                .withStatus(KeyStatus.REVOKED)
                .build());
        ApiKey own = rows().insert(rows().aKeyOf(account, product).build());

        ports().inTransaction(() -> {
            integrators().assignKey(live.id(), integrator.id());
            integrators().assignKey(revoked.id(), integrator.id());
        });

        assertThat(ports().inTransaction(() -> integrators().integratorOf(live.id())))
                .contains(integrator.id());
        assertThat(ports().inTransaction(() -> integrators().integratorOf(own.id())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> integrators().integratorOf(ApiKeyId.random())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> integrators().keysOf(integrator.id())))
                .containsExactlyInAnyOrder(live.id(), revoked.id());
        assertThat(ports().inTransaction(() -> integrators().keysOf(other.id())))
                .isEmpty();
    }
}
