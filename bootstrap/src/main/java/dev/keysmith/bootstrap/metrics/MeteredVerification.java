package dev.keysmith.bootstrap.metrics;

import dev.keysmith.application.port.in.verify.VerifierNotForProductException;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.domain.key.verification.VerificationCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Verifications by product and outcome code, with their latency as a histogram ({@code keysmith_verifications_seconds}).
 * The product tag is bounded: a verifier client only gets answers for the products it was created for; a request
 * for any other is counted as {@code product="other"}, {@code code="VERIFIER_NOT_FOR_PRODUCT"}. Timers are looked up
 * once per product and code, not per call: this is the hot path.
 */
public final class MeteredVerification implements VerifyApiKeyUseCase {

    static final String NAME = "keysmith.verifications";
    private static final String REFUSED_PRODUCT = "other";
    private static final String REFUSED_CODE = "VERIFIER_NOT_FOR_PRODUCT";

    private final VerifyApiKeyUseCase verifications;
    private final MeterRegistry registry;
    /** Per product, one timer per outcome code (by ordinal), the last slot for a refused product. */
    private final ConcurrentMap<String, Timer[]> timers = new ConcurrentHashMap<>();

    public MeteredVerification(VerifyApiKeyUseCase verifications, MeterRegistry registry) {
        this.verifications = verifications;
        this.registry = registry;
    }

    @Override
    public Verification verify(VerifyCommand command) {
        long started = System.nanoTime();
        try {
            Verification answer = verifications.verify(command);
            record(
                    String.valueOf(command.product()),
                    answer.code().ordinal(),
                    answer.code().name(),
                    started);
            return answer;
        } catch (VerifierNotForProductException refused) {
            record(REFUSED_PRODUCT, VerificationCode.values().length, REFUSED_CODE, started);
            throw refused;
        }
    }

    /** An answer from memory is counted like any other; an empty one is not, since {@link #verify} follows. */
    @Override
    public Optional<Verification> verifyFromMemory(VerifyCommand command) {
        long started = System.nanoTime();
        try {
            Optional<Verification> answer = verifications.verifyFromMemory(command);
            answer.ifPresent(verification -> record(
                    String.valueOf(command.product()),
                    verification.code().ordinal(),
                    verification.code().name(),
                    started));
            return answer;
        } catch (VerifierNotForProductException refused) {
            record(REFUSED_PRODUCT, VerificationCode.values().length, REFUSED_CODE, started);
            throw refused;
        }
    }

    private void record(String product, int slot, String code, long started) {
        Timer[] byCode = timers.computeIfAbsent(product, p -> new Timer[VerificationCode.values().length + 1]);
        Timer timer = byCode[slot];
        if (timer == null) {
            timer = Timer.builder(NAME)
                    .description("Key verifications by product and outcome code")
                    .tag("product", product)
                    .tag("code", code)
                    .publishPercentileHistogram()
                    .register(registry);
            byCode[slot] = timer; // a race registers the same meter twice: the registry hands back the one it has
        }
        timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
