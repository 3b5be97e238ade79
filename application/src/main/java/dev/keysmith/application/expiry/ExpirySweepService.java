package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.key.InactivityPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The inactivity sweeper, in stages: passed dates and grace periods ({@link SettlementStage}), idle keys
 * ({@link InactivityStage}), warnings ({@link WarningStage}), and last the warning emails for the outbox
 * ({@link WarningEmailStage}). One sweep at a time across all instances (a storage lock); every stage drains its
 * keys in small batches ({@link BatchDrain}) read by queries that select only the keys due for something, and
 * each batch is one transaction that changes the keys, posts the notifications, adds the lines of the warning
 * email drafts and writes the audit events together. So a crash loses at most the batch in flight, and a rerun
 * finds exactly the work left: nothing twice, nothing skipped.
 *
 * <p>Expiring and warning touch disjoint keys (idle past the window, idle within it), so the expiry workers
 * run on {@code sideWork}, each in its own slice of the key ids, while the sweep's own thread sends the
 * warnings: the database and this process then keep every core busy instead of waiting on each other. A
 * direct executor ({@code Runnable::run}) runs them one after the other. The lock is released only when all
 * of them are done.
 */
public final class ExpirySweepService implements RunExpirySweepUseCase {

    private final ExpirySweepPort sweeps;
    private final UsageRecorderPort usage;
    private final SweepSettings settings;
    private final Clock clock;
    private final Executor sideWork;
    private final SettlementStage settlement;
    private final InactivityStage inactivity;
    private final WarningStage warnings;
    private final WarningEmailStage emails;

    public ExpirySweepService(
            ExpirySweepPort sweeps,
            NotificationPort notifications,
            WarningEmailDraftPort drafts,
            SendEmailPort email,
            KeyChangedPort changes,
            UsageRecorderPort usage,
            TransactionPort transactions,
            AuditTrail audit,
            InactivityPolicy policy,
            SweepSettings settings,
            Clock clock,
            Executor sideWork) {
        this.sweeps = sweeps;
        this.usage = usage;
        this.settings = settings;
        this.clock = clock;
        this.sideWork = sideWork;
        SweepJournal journal = new SweepJournal(audit, notifications, changes);
        ExpiryMessages messages = new ExpiryMessages(policy.window());
        BatchDrain drain = new BatchDrain(transactions);
        this.settlement = new SettlementStage(sweeps, journal, messages, drain, settings.batchSize());
        this.inactivity = new InactivityStage(sweeps, policy, journal, messages, drain, settings.batchSize());
        this.warnings = new WarningStage(sweeps, drafts, policy, journal, messages, drain, settings);
        this.emails = new WarningEmailStage(drafts, email, messages, drain);
    }

    @Override
    public SweepResult sweep(RunSweepCommand command) {
        Caller caller = command.caller();
        if (caller.type() != ActorType.SYSTEM) {
            caller.requireOperator();
        }
        // Uses this instance has only coalesced so far count too; other instances write near-deadline uses at once.
        usage.flush();
        if (!sweeps.tryLock()) {
            return SweepResult.skippedSweep();
        }
        try {
            Instant now = clock.instant();
            UUID sweepId = UUID.randomUUID();
            SettlementStage.Settled settled = settlement.run(now);
            List<CompletableFuture<Integer>> expiring = new ArrayList<>();
            for (int worker = 0; worker < settings.expiryWorkers(); worker++) {
                KeySlice slice = new KeySlice(worker, settings.expiryWorkers());
                expiring.add(CompletableFuture.supplyAsync(() -> inactivity.run(now, slice), sideWork));
            }
            int warned;
            try {
                warned = warnings.run(now, sweepId);
            } catch (RuntimeException e) {
                // The lock must outlive the expiry workers too; their failure rides along with this one.
                try {
                    awaitAll(expiring);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            int expired = awaitAll(expiring);
            int queued = emails.run();
            return new SweepResult(false, warned, settled.expired() + expired, settled.revoked(), queued);
        } finally {
            sweeps.unlock();
        }
    }

    /** The workers' total; waits for every one of them, then throws the first failure with the others suppressed. */
    private static int awaitAll(List<CompletableFuture<Integer>> workers) {
        int total = 0;
        RuntimeException failure = null;
        for (CompletableFuture<Integer> work : workers) {
            try {
                total += work.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }
}
