package dev.keysmith.application.support;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.TransactionPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Small fakes of the technical out ports. */
public final class Fakes {

    private Fakes() {}

    /**
     * A salted stand-in for Argon2id: each hash differs and never shows the secret, as the real one. It remembers
     * which secret each of its hashes came from, so tests can sign in as a person they made ({@link #secretOf}).
     */
    public static final class Hasher implements SecretHasherPort {
        private final AtomicInteger salt = new AtomicInteger();
        private final Map<String, String> secrets = new ConcurrentHashMap<>();

        @Override
        public String hash(CharSequence secret) {
            String hash = digest(salt.incrementAndGet(), secret.toString());
            secrets.put(hash, secret.toString());
            return hash;
        }

        @Override
        public boolean matches(CharSequence secret, String storedHash) {
            if (secret == null || storedHash == null || !storedHash.startsWith("fake-hash$")) {
                return false;
            }
            String[] parts = storedHash.split("\\$");
            try {
                return parts.length == 3 && storedHash.equals(digest(Integer.parseInt(parts[1]), secret.toString()));
            } catch (NumberFormatException notOurs) {
                return false;
            }
        }

        /** The secret one of this fake's hashes was made from. */
        public String secretOf(String hash) {
            return secrets.get(hash);
        }

        private static String digest(int salt, String secret) {
            return "fake-hash$" + salt + "$" + sha256Hex(salt + ":" + secret);
        }
    }

    /** Values from a seeded, not a strong, generator, shaped as the real ones: URL-safe base64, never repeating. */
    public static final class Tokens implements RandomTokenPort {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public String newToken(int bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(newBytes(bytes));
        }

        @Override
        public byte[] newBytes(int count) {
            byte[] bytes = new byte[count];
            new Random(next.incrementAndGet()).nextBytes(bytes);
            return bytes;
        }
    }

    /** SHA-256 under a fixed fake pepper: lowercase hex of HMAC-SHA-256's length, as the real hasher gives. */
    public static final class KeyHasher implements KeyHasherPort {
        @Override
        public String hash(String plaintextKey) {
            return sha256Hex("fake-pepper:" + plaintextKey);
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

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
