package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.delivery.DeliveryState;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyDeliveryPort} does, stated once and run against each implementation: deliveries are found by
 * their token's digest, the newest of a key and the unfinished ones are told apart, and the messages it queues
 * travel through the outbox tagged with their delivery, so one given up on shows the delivery as failed.
 */
public abstract class KeyDeliveryPortContractTest {

    private static final Duration TTL = Duration.ofHours(72);

    protected abstract PortsUnderTest ports();

    protected abstract IntegratorPort integrators();

    protected abstract KeyDeliveryPort deliveries();

    /** The messages queued for the delivery, read back from the outbox, in any order. */
    protected abstract List<Queued> queuedFor(KeyDelivery delivery);

    /** Gives up every message of the delivery, as the outbox worker does after its last attempt. */
    protected abstract void giveUpMessagesOf(KeyDelivery delivery);

    /** One queued message as the outbox holds it. */
    public record Queued(Channel channel, MessageKind kind, String recipient, String subject, String body) {}

    private Rows rows() {
        return new Rows(ports());
    }

    /** An account's key made for an integrator of it, both stored. */
    private record Owner(Account account, ApiKey key, Integrator integrator) {}

    private Owner owner() {
        Account account = rows().account();
        ApiKey key = rows().insert(rows().aKeyOf(account, rows().product()).build());
        Integrator integrator = IntegratorPortContractTest.anIntegratorOf(account, "Zapier Ltd");
        ports().inTransaction(() -> {
            integrators().insertIntegrator(integrator);
            integrators().assignKey(key.id(), integrator.id());
        });
        return new Owner(account, key, integrator);
    }

    private KeyDelivery delivery(Owner owner, Instant createdAt) {
        return KeyDelivery.start(
                owner.key().id(),
                owner.integrator().id(),
                owner.account().id(),
                Rows.uniqueDigest(),
                Rows.uniqueDigest(),
                "sealed-" + Rows.uniqueDigest(),
                createdAt,
                createdAt.plus(TTL));
    }

    private KeyDelivery stored(KeyDelivery delivery) {
        ports().inTransaction(() -> deliveries().insertDelivery(delivery));
        return delivery;
    }

    @Test
    void aDeliveryIsFoundByItsTokenDigestWithEveryField() {
        KeyDelivery delivery = stored(delivery(owner(), Rows.now()));

        assertThat(ports().inTransaction(() -> deliveries().findDelivery(delivery.tokenDigest())))
                .contains(delivery);
        assertThat(ports().inTransaction(() -> deliveries().lockDelivery(delivery.tokenDigest())))
                .contains(delivery);
        assertThat(ports().inTransaction(() -> deliveries().findDelivery(Rows.uniqueDigest())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> deliveries().lockDelivery(Rows.uniqueDigest())))
                .isEmpty();
    }

    @Test
    void wrongCodesAndTheRevealAreStoredAndTheRevealForgetsTheSealedKey() {
        KeyDelivery delivery = stored(delivery(owner(), Rows.now()));
        Instant now = Rows.now();
        KeyDelivery twiceWrong = delivery.wrongCode(now).wrongCode(now);
        ports().inTransaction(() -> deliveries().updateDelivery(twiceWrong));

        assertThat(ports().inTransaction(() -> deliveries().findDelivery(delivery.tokenDigest())))
                .contains(twiceWrong);

        KeyDelivery revealed = twiceWrong.revealed(now);
        ports().inTransaction(() -> deliveries().updateDelivery(revealed));
        KeyDelivery loaded = ports().inTransaction(() -> deliveries().findDelivery(delivery.tokenDigest()))
                .orElseThrow();
        assertThat(loaded).isEqualTo(revealed);
        assertThat(loaded.sealedSecret()).isNull();
        assertThat(loaded.state(now)).isEqualTo(DeliveryState.REVEALED);
    }

    @Test
    void theNewestDeliveryOfAKeyIsItsLatest() {
        Owner owner = owner();
        Instant now = Rows.now();
        stored(delivery(owner, now.minus(Duration.ofHours(2))));
        KeyDelivery newest = stored(delivery(owner, now.minus(Duration.ofHours(1))));
        stored(delivery(owner(), now));

        assertThat(ports().inTransaction(
                                () -> deliveries().latestDelivery(owner.key().id())))
                .contains(newest);
        assertThat(ports().inTransaction(() -> deliveries()
                        .latestDelivery(rows().insert(rows().aKeyOf(owner.account(), rows().product())
                                        .build())
                                .id())))
                .isEmpty();
    }

    @Test
    void theUnfinishedDeliveriesOfAKeyAreThoseNeitherRevealedNorEndedExpiredOrNot() {
        Owner owner = owner();
        Instant now = Rows.now();
        KeyDelivery revealed = stored(delivery(owner, now));
        KeyDelivery ended = stored(delivery(owner, now));
        KeyDelivery open = stored(delivery(owner, now));
        KeyDelivery expired = stored(delivery(owner, now.minus(TTL).minus(Duration.ofHours(1))));
        KeyDelivery othersKey = stored(delivery(owner(), now));
        ports().inTransaction(() -> {
            deliveries().updateDelivery(revealed.revealed(now));
            deliveries().updateDelivery(ended.ended(now));
        });

        assertThat(ports().inTransaction(() ->
                        deliveries().lockUnfinishedDeliveries(owner.key().id())))
                .containsExactlyInAnyOrder(open, expired)
                .doesNotContain(othersKey);
    }

    @Test
    void theMessagesOfADeliveryAreQueuedAndOneGivenUpOnShowsItFailed() {
        Owner owner = owner();
        KeyDelivery delivery = stored(delivery(owner, Rows.now()));

        ports().inTransaction(() -> {
            deliveries()
                    .queueMessage(
                            delivery,
                            Channel.EMAIL,
                            owner.integrator().email().value(),
                            "Your API key",
                            "Open https://keysmith.example/reveal/t0k3n\n");
            deliveries()
                    .queueMessage(
                            delivery,
                            Channel.SMS,
                            owner.integrator().phone().value(),
                            null,
                            "Your Keysmith code: 123456.");
        });

        assertThat(queuedFor(delivery))
                .containsExactlyInAnyOrder(
                        new Queued(
                                Channel.EMAIL,
                                MessageKind.KEY_DELIVERY,
                                owner.integrator().email().value(),
                                "Your API key",
                                "Open https://keysmith.example/reveal/t0k3n\n"),
                        new Queued(
                                Channel.SMS,
                                MessageKind.KEY_DELIVERY,
                                owner.integrator().phone().value(),
                                null,
                                "Your Keysmith code: 123456."));
        assertThat(ports().inTransaction(() -> deliveries().findDelivery(delivery.tokenDigest()))
                        .orElseThrow()
                        .messageFailed())
                .isFalse();

        giveUpMessagesOf(delivery);

        KeyDelivery failed = ports().inTransaction(() -> deliveries().findDelivery(delivery.tokenDigest()))
                .orElseThrow();
        assertThat(failed.messageFailed()).isTrue();
        assertThat(failed.state(Rows.now())).isEqualTo(DeliveryState.FAILED);
        assertThat(ports().inTransaction(
                                () -> deliveries().latestDelivery(owner.key().id())))
                .get()
                .extracting(KeyDelivery::messageFailed)
                .isEqualTo(true);
    }
}
