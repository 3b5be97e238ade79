package dev.keysmith.adapters.rest.verify;

import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.domain.key.verification.VerificationCode;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The verification use case as a test scripts it: what memory answers, what it throws, and how often it is asked. */
@Singleton
public class ScriptedVerification implements VerifyApiKeyUseCase {

    final AtomicInteger fromMemoryCalls = new AtomicInteger();
    final AtomicInteger databaseCalls = new AtomicInteger();
    volatile Optional<Verification> inMemory;
    volatile RuntimeException failWith;

    void reset() {
        fromMemoryCalls.set(0);
        databaseCalls.set(0);
        inMemory = Optional.of(Verification.refused(VerificationCode.NOT_FOUND));
        failWith = null;
    }

    @Override
    public Verification verify(VerifyCommand command) {
        databaseCalls.incrementAndGet();
        if (failWith != null) {
            throw failWith;
        }
        return Verification.refused(VerificationCode.ACCOUNT_SUSPENDED);
    }

    @Override
    public Optional<Verification> verifyFromMemory(VerifyCommand command) {
        fromMemoryCalls.incrementAndGet();
        if (failWith != null) {
            throw failWith;
        }
        return inMemory;
    }
}
