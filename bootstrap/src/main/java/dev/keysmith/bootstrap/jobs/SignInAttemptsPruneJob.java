package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.domain.user.SignInAttempts;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the sign-in counters small: guesses at random emails leave a row each, so rows nobody touched for a
 * day are forgotten every hour (an address stays familiar for 90 days after its last sign-in).
 */
@ApplicationScoped
public class SignInAttemptsPruneJob {

    private final SignInAttemptsPort attempts;
    private final Clock clock;

    SignInAttemptsPruneJob(SignInAttemptsPort attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "sign-in-attempts-prune")
    void prune() {
        Instant now = clock.instant();
        attempts.forgetAttempts(now.minus(SignInAttempts.FORGET_AFTER), now.minus(SignInAttempts.FAMILIAR_FOR));
    }
}
