package dev.keysmith.adapters.rest.verify;

import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.domain.key.verification.VerificationCode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The verification use case as a test scripts it: what memory answers, what it throws, and how often it is asked. */
@Singleton
public class ScriptedVerification implements VerifyApiKeyUseCase {

    final AtomicInteger fromMemoryCalls = new AtomicInteger();
    final AtomicInteger databaseCalls = new AtomicInteger();
    volatile Optional<Verification> inMemory;
    volatile RuntimeException failWith;
    /** The verifier client of every verification asked from memory, in order. */
    final List<String> fromMemoryClients = new CopyOnWriteArrayList<>();

    void reset() {
        fromMemoryCalls.set(0);
        databaseCalls.set(0);
        fromMemoryClients.clear();
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
        fromMemoryClients.add(command.caller().id());
        if (failWith != null) {
            throw failWith;
        }
        return inMemory;
    }
}
