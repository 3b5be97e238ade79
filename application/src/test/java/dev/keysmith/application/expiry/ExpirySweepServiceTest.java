package dev.keysmith.application.expiry;

import static dev.keysmith.domain.audit.AuditAction.KEY_EXPIRED;
import static dev.keysmith.domain.audit.AuditAction.KEY_EXPIRY_WARNED;
import static dev.keysmith.domain.audit.AuditAction.KEY_REVOKED;
import static dev.keysmith.domain.key.ApiKeyBuilder.aKey;
import static java.time.Duration.ofDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.support.Fakes;
import dev.keysmith.application.support.InMemorySweeps;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.testing.TestClock;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ExpirySweepServiceTest {

    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
    private static final Caller SYSTEM = Caller.system();
    /** The defaults of keysmith.expiry.*: 90 days, warned 15, 7 and 1 day before; 1000 keys a batch. */
    private static final InactivityPolicy POLICY = new InactivityPolicy(
            Duration.ofDays(90), List.of(Duration.ofDays(15), Duration.ofDays(7), Duration.ofDays(1)));

    private static final SweepSettings SETTINGS = new SweepSettings(1000, 200, 2);

    private final InMemorySweeps sweeps = new InMemorySweeps();
    private final TestClock clock = TestClock.at(START);
    private final Fakes.Mailbox mailbox = new Fakes.Mailbox();
    private final AccountId account = AccountId.random();
    private ExpirySweepService service = service(SETTINGS, mailbox);

    ExpirySweepServiceTest() {
        sweeps.recipients.put(account, List.of("owner@example.com", "admin@example.com"));
    }

    private ExpirySweepService service(SweepSettings settings, SendEmailPort email) {
        return service(settings, email, Runnable::run);
    }

    private ExpirySweepService service(SweepSettings settings, SendEmailPort email, Executor sideWork) {
        return new ExpirySweepService(
                sweeps,
                sweeps,
                sweeps,
                email,
                sweeps,
                sweeps,
                sweeps,
                new AuditTrail(sweeps, clock),
                POLICY,
                settings,
                clock,
                sideWork);
    }

    /**
     * Runs the expiry half on a thread of its own, once the sweep's thread is parked waiting for it: a real
     * hand-over between threads, without the in-memory fakes ever being used by two threads at once.
     */
    private Executor anotherThreadOnceTheSweepWaits(AtomicBoolean lockedDuringSideWork) {
        Thread sweeping = Thread.currentThread();
        return work -> new Thread(
                        () -> {
                            while (sweeping.getState() != Thread.State.WAITING) {
                                Thread.onSpinWait();
                            }
                            lockedDuringSideWork.set(sweeps.locked);
                            work.run();
                        },
                        "side-work")
                .start();
    }

    private ApiKey key(String name) {
        return key(name, account);
    }

    private ApiKey key(String name, AccountId owner) {
        ApiKey key = aKey().withAccount(owner)
                .withName(name)
                .withSecretHash("hash-" + name)
                .createdAt(clock.instant())
                .build();
        sweeps.add(key, "Payments", "Acme");
        return key;
    }

    /** Moves the clock to {@code days} after START and sweeps. */
    private SweepResult sweepOnDay(double days) {
        clock.advance(Duration.between(clock.instant(), START.plusSeconds((long) (days * 86_400))));
        return service.sweep(new RunSweepCommand(SYSTEM));
    }

    private List<Notification> warningsOf(ApiKey key) {
        return sweeps.notifications.stream()
                .filter(n -> key.id().equals(n.keyId()))
                .filter(n -> n.kind() == NotificationKind.KEY_EXPIRY_WARNING)
                .toList();
    }

    @Test
    void anUnusedKeyIsWarnedFifteenSevenAndOneDayBeforeThenExpires() {
        ApiKey key = key("Marketing Automation");

        SweepResult day75 = sweepOnDay(75);
        SweepResult day83 = sweepOnDay(83);
        SweepResult day89 = sweepOnDay(89);
        SweepResult day90 = sweepOnDay(90);

        assertThat(List.of(day75.warningsSent(), day83.warningsSent(), day89.warningsSent(), day90.warningsSent()))
                .containsExactly(1, 1, 1, 0);
        assertThat(day90.keysExpired()).isEqualTo(1);
        assertThat(warningsOf(key)).extracting(Notification::expiresOn).containsOnly(LocalDate.of(2026, 4, 1));
        assertThat(warningsOf(key).get(0).title())
                .isEqualTo("Key \"Marketing Automation\" expires on 2026-04-01 unless it is used");
        assertThat(warningsOf(key).get(0).body())
                .contains("Payments", "pay_live_ab12\u20269xYz", "2026-04-01 08:00 UTC", "90 days")
                .doesNotContain("hash-");
        ApiKey expired = sweeps.key(key.id());
        assertThat(expired.status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(expired.secretHash()).isEqualTo(key.secretHash());
        assertThat(expired.expiredAt()).isEqualTo(START.plus(ofDays(90)));
        assertThat(sweeps.changed).containsExactly(key.id());
        assertThat(sweeps.actions())
                .containsExactly(KEY_EXPIRY_WARNED, KEY_EXPIRY_WARNED, KEY_EXPIRY_WARNED, KEY_EXPIRED);
        assertThat(sweeps.events).allSatisfy(e -> {
            assertThat(e.actorType()).isEqualTo(ActorType.SYSTEM);
            assertThat(e.targetId()).isEqualTo(key.id().toString());
            assertThat(e.accountId()).isEqualTo(account);
        });
        assertThat(sweeps.events.get(0).details()).containsEntry("leadTime", "PT360H");
        assertThat(sweeps.events.get(3).details())
                .containsEntry("reason", "inactivity")
                .containsEntry("lastActivity", START.toString())
                .doesNotContainKey("secretHash");
        assertThat(sweeps.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.KEY_EXPIRED)
                .singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Key \"Marketing Automation\" expired"));
        assertThat(mailbox.sent).hasSize(3);
    }

    @Test
    void aFirstSweepLateInTheWindowSendsOnlyTheCurrentStageAndEachStageOnce() {
        ApiKey key = key("Zapier");

        assertThat(sweepOnDay(89).warningsSent()).isEqualTo(1);
        assertThat(sweepOnDay(89.5).warningsSent()).isZero();

        assertThat(warningsOf(key)).hasSize(1);
        assertThat(sweeps.events.get(0).details()).containsEntry("leadTime", "PT24H");
    }

    @Test
    void sweepsWithinOneStageWarnOnce() {
        ApiKey key = key("Zapier");

        sweepOnDay(76);
        sweepOnDay(77);
        sweepOnDay(82.9);

        assertThat(warningsOf(key)).hasSize(1);
    }

    @Test
    void aUseStartsANewWindowThatWarnsAgain() {
        ApiKey key = key("Zapier");
        sweepOnDay(75);
        clock.advance(Duration.between(clock.instant(), START.plus(ofDays(80))));
        sweeps.recordUse(key, clock.instant(), true);

        assertThat(sweepOnDay(83).warningsSent()).isZero();
        assertThat(sweepOnDay(90).keysExpired()).isZero();
        assertThat(sweepOnDay(80 + 75).warningsSent()).isEqualTo(1);

        assertThat(warningsOf(key))
                .extracting(Notification::expiresOn)
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 20));
        assertThat(sweeps.key(key.id()).status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void aKeyUsedWhileTheSweepRunsIsNotExpired() {
        ApiKey key = key("Zapier");
        sweeps.afterInactiveKeysRead = () -> sweeps.recordUse(key, clock.instant(), true);

        SweepResult result = sweepOnDay(91);

        assertThat(result.keysExpired()).isZero();
        assertThat(sweeps.key(key.id()).status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(sweeps.actions()).doesNotContain(KEY_EXPIRED);
        assertThat(sweeps.changed).isEmpty();
    }

    @Test
    void disabledKeysExpireTooButDeadKeysAreLeftAlone() {
        ApiKey disabled = key("Disabled").disable(clock.instant());
        sweeps.add(disabled, "Payments", "Acme");
        ApiKey revoked = key("Revoked").revoke(clock.instant());
        sweeps.add(revoked, "Payments", "Acme");

        assertThat(sweepOnDay(95).keysExpired()).isEqualTo(1);

        assertThat(sweeps.key(disabled.id()).status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(sweeps.key(revoked.id()).status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void oneEmailPerAccountAndSweepListsItsKeysForItsAdmins() {
        AccountId other = AccountId.random();
        sweeps.recipients.put(other, List.of("other@example.com"));
        key("First");
        key("Second");
        key("Elsewhere", other);

        SweepResult result = sweepOnDay(80);

        assertThat(result.emailsSent()).isEqualTo(2);
        SendEmailPort.EmailMessage ours = mailbox.sent.stream()
                .filter(m -> m.to().contains("owner@example.com"))
                .findFirst()
                .orElseThrow();
        assertThat(ours.kind()).isEqualTo(MessageKind.EXPIRY_WARNING);
        assertThat(ours.to()).containsExactly("owner@example.com", "admin@example.com");
        assertThat(ours.subject()).isEqualTo("Keysmith: API keys of Acme expire soon unless they are used");
        assertThat(ours.body())
                .contains("- \"First\" (Payments, pay_live_ab12\u20269xYz): expires on 2026-04-01, "
                        + "never used (created 2026-01-01)")
                .contains("\"Second\"")
                .doesNotContain("Elsewhere");
        assertThat(sweeps.drafts).isEmpty();
        assertThat(sweepOnDay(80.5).emailsSent()).isZero();
    }

    @Test
    void aLongEmailListsTheFirstKeysAndCountsTheRest() {
        service = service(new SweepSettings(2, 3, 2), mailbox);
        for (int i = 0; i < 7; i++) {
            key("Key " + i);
        }

        sweepOnDay(80);

        assertThat(mailbox.sent).singleElement().satisfies(m -> {
            assertThat(m.body().lines().filter(l -> l.startsWith("- \"Key "))).hasSize(3);
            assertThat(m.body()).contains("- and 4 more keys");
        });
        assertThat(sweeps.notifications).hasSize(7);
    }

    @Test
    void anAccountWithoutAdminsGetsNotificationsButNoEmail() {
        AccountId lonely = AccountId.random();
        key("Orphan", lonely);

        SweepResult result = sweepOnDay(80);

        assertThat(result.warningsSent()).isEqualTo(1);
        assertThat(result.emailsSent()).isZero();
        assertThat(mailbox.sent).isEmpty();
        assertThat(sweeps.drafts).isEmpty();
    }

    @Test
    void smallBatchesStillReachEveryDueKey() {
        service = service(new SweepSettings(2, 200, 2), mailbox);
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(key("Key " + i));
        }
        key("Fresh");
        clock.advance(ofDays(89));
        key("Too young to warn");

        SweepResult result = sweepOnDay(95);

        assertThat(result.keysExpired()).isEqualTo(6);
        assertThat(keys).allSatisfy(k -> assertThat(sweeps.key(k.id()).status()).isEqualTo(KeyStatus.EXPIRED));
        assertThat(sweeps.rows.values())
                .filteredOn(r -> r.key().name().value().equals("Too young to warn"))
                .singleElement()
                .satisfies(r -> assertThat(r.key().status()).isEqualTo(KeyStatus.ACTIVE));
    }

    @Test
    void aCrashHalfWayAndARerunSendNothingTwiceAndSkipNothing() {
        service = service(new SweepSettings(2, 200, 2), mailbox);
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(key("Key " + i));
        }
        int[] inserts = {0};
        sweeps.beforeNotificationsInserted = () -> {
            if (++inserts[0] == 2) {
                throw new IllegalStateException("the instance died");
            }
        };

        assertThatThrownBy(() -> sweepOnDay(80)).hasMessage("the instance died");
        assertThat(sweeps.locked).isFalse();
        assertThat(sweeps.notifications).hasSize(2);
        assertThat(mailbox.sent).isEmpty();

        SweepResult rerun = sweepOnDay(80.01);

        assertThat(rerun.warningsSent()).isEqualTo(3);
        assertThat(keys).allSatisfy(k -> assertThat(warningsOf(k)).hasSize(1));
        assertThat(sweeps.actions()).filteredOn(KEY_EXPIRY_WARNED::equals).hasSize(5);
        // The crashed sweep's email (two keys) goes out with the rerun's (three keys): every key once.
        assertThat(mailbox.sent).hasSize(2);
        assertThat(mailbox.sent.stream().flatMap(m -> m.body().lines()).filter(l -> l.startsWith("- \"Key ")))
                .hasSize(5)
                .doesNotHaveDuplicates();
    }

    @Test
    void anEmailThatCouldNotBeQueuedGoesWithTheNextSweep() {
        key("Zapier");
        SendEmailPort failing = message -> {
            throw new IllegalStateException("the database went away");
        };
        service = service(SETTINGS, failing);
        assertThatThrownBy(() -> sweepOnDay(80)).hasMessage("the database went away");
        assertThat(sweeps.drafts).hasSize(1);

        service = service(SETTINGS, mailbox);
        SweepResult next = sweepOnDay(80.1);

        assertThat(next.warningsSent()).isZero();
        assertThat(next.emailsSent()).isEqualTo(1);
        assertThat(mailbox.sent)
                .singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Zapier"));
    }

    @Test
    void expiryDatesAndGracePeriodsThatPassedAreStored() {
        Instant now = clock.instant();
        ApiKey dated = aKey().withAccount(account)
                .withName("Dated")
                .withExpiresAt(now.plus(ofDays(3)))
                .withCreatedBy(null)
                .createdAt(now)
                .lastUsedAt(now)
                .withSecretHash("h1")
                .build();
        sweeps.add(dated, "Payments", "Acme");
        ApiKey replaced = aKey().withAccount(account)
                .withName("Old")
                .withCreatedBy(null)
                .createdAt(now)
                .lastUsedAt(now)
                .withSecretHash("h2")
                .replacedBy(ApiKeyId.random(), now.plus(Duration.ofHours(2)))
                .build();
        sweeps.add(replaced, "Payments", "Acme");

        SweepResult result = sweepOnDay(4);

        assertThat(result.keysExpired()).isEqualTo(1);
        assertThat(result.gracePeriodsEnded()).isEqualTo(1);
        assertThat(sweeps.key(dated.id()).status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(sweeps.key(dated.id()).expiredAt()).isEqualTo(now.plus(ofDays(3)));
        assertThat(sweeps.key(replaced.id()).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(sweeps.key(replaced.id()).secretHash()).isEqualTo(replaced.secretHash());
        assertThat(sweeps.events)
                .extracting(AuditEvent::action, e -> e.details().get("reason"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(KEY_EXPIRED, "expiresAt"),
                        org.assertj.core.groups.Tuple.tuple(KEY_REVOKED, "gracePeriodEnded"));
        assertThat(sweeps.changed).containsExactlyInAnyOrder(dated.id(), replaced.id());
    }

    @Test
    void expiryRunsOnTheSideWhileTheLockIsHeld() {
        ApiKey idle = key("Idle");
        clock.advance(ofDays(15));
        ApiKey younger = key("Younger");
        AtomicBoolean lockedDuringSideWork = new AtomicBoolean();
        service = service(SETTINGS, mailbox, anotherThreadOnceTheSweepWaits(lockedDuringSideWork));

        SweepResult result = sweepOnDay(95);

        assertThat(result.keysExpired()).isEqualTo(1);
        assertThat(result.warningsSent()).isEqualTo(1);
        assertThat(sweeps.key(idle.id()).status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(warningsOf(younger)).hasSize(1);
        assertThat(lockedDuringSideWork).isTrue();
        assertThat(sweeps.locked).isFalse();
    }

    @Test
    void whenTheWarningsFailTheSweepStillWaitsForTheExpiryBeforeItLetsGoOfTheLock() {
        ApiKey idle = key("Idle");
        clock.advance(ofDays(15));
        key("Younger");
        Thread sweeping = Thread.currentThread();
        sweeps.beforeNotificationsInserted = () -> {
            if (Thread.currentThread() == sweeping) {
                throw new IllegalStateException("the warnings failed");
            }
        };
        AtomicBoolean lockedDuringSideWork = new AtomicBoolean();
        service = service(SETTINGS, mailbox, anotherThreadOnceTheSweepWaits(lockedDuringSideWork));

        assertThatThrownBy(() -> sweepOnDay(95)).hasMessage("the warnings failed");

        assertThat(sweeps.key(idle.id()).status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(lockedDuringSideWork).isTrue();
        assertThat(sweeps.locked).isFalse();
        assertThat(mailbox.sent).isEmpty();
    }

    @Test
    void whenTheExpiryFailsTheSweepFailsAfterTheWarnings() {
        key("Idle");
        clock.advance(ofDays(15));
        ApiKey younger = key("Younger");
        sweeps.afterInactiveKeysRead = () -> {
            throw new IllegalStateException("the expiry failed");
        };

        assertThatThrownBy(() -> sweepOnDay(95)).hasMessage("the expiry failed");

        assertThat(warningsOf(younger)).hasSize(1);
        assertThat(sweeps.locked).isFalse();
    }

    @Test
    void anotherSweepHoldingTheLockMeansThisOneSkips() {
        key("Zapier");
        sweeps.lockedElsewhere = true;

        SweepResult result = sweepOnDay(95);

        assertThat(result.skipped()).isTrue();
        assertThat(result.keysExpired()).isZero();
        assertThat(sweeps.rows.values())
                .allSatisfy(r -> assertThat(r.key().status()).isEqualTo(KeyStatus.ACTIVE));
    }

    @Test
    void localUsesAreFlushedBeforeAnythingIsJudgedIdle() {
        sweepOnDay(1);

        assertThat(sweeps.flushes).isEqualTo(1);
    }

    @Test
    void onlyOperatorsAndTheSystemSweep() {
        Caller member = Caller.user(UserId.random(), false, "192.0.2.1");
        Caller operator = Caller.user(UserId.random(), true, "192.0.2.1");

        assertThatThrownBy(() -> service.sweep(new RunSweepCommand(member)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(service.sweep(new RunSweepCommand(operator)).skipped()).isFalse();
    }

    @Test
    void durationsReadAsWholeUnits() {
        assertThat(ExpiryMessages.describe(ofDays(90))).isEqualTo("90 days");
        assertThat(ExpiryMessages.describe(ofDays(1))).isEqualTo("1 day");
        assertThat(ExpiryMessages.describe(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(ExpiryMessages.describe(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    }
}
