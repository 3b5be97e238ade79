package dev.keysmith.application.support;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Small fakes of the technical out ports. */
public final class Fakes {

    private Fakes() {}

    /** Reversible "hash" that is obviously fake, so tests can tell a hash from a plaintext. */
    public static final class Hasher implements SecretHasherPort {
        @Override
        public String hash(CharSequence secret) {
            return "hashed:" + secret;
        }

        @Override
        public boolean matches(CharSequence secret, String storedHash) {
            return storedHash != null && storedHash.equals("hashed:" + secret);
        }
    }

    public static final class Tokens implements RandomTokenPort {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public String newToken(int bytes) {
            return "token" + next.incrementAndGet() + "x".repeat(Math.max(0, bytes - 6));
        }

        @Override
        public byte[] newBytes(int count) {
            byte[] bytes = new byte[count];
            new java.util.Random(next.incrementAndGet()).nextBytes(bytes);
            return bytes;
        }
    }

    /** The outbox as use cases see it: the emails they queued. */
    public static final class Mailbox implements SendEmailPort {
        public final List<EmailMessage> sent = new ArrayList<>();

        @Override
        public void send(EmailMessage message) {
            sent.add(message);
        }
    }

    /** A mail server that accepts, refuses like one that is down, or fails like a bug. */
    public static final class Transport implements EmailTransportPort {
        public final List<EmailMessage> accepted = new ArrayList<>();
        public boolean down;
        public boolean unexpected;
        public int tries;

        @Override
        public void deliver(EmailMessage message) {
            tries++;
            if (unexpected) {
                throw new IllegalStateException("broken while holding " + message.body());
            }
            if (down) {
                throw new DeliveryFailedException("connection refused");
            }
            accepted.add(message);
        }
    }

    /** Runs work directly; a failure simply propagates, as a rollback would. */
    public static final class Transactions implements TransactionPort {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
