package dev.keysmith.application.support;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.integrator.PhoneNumber;
import dev.keysmith.domain.shared.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /**
     * IPv4 and IPv6 addresses and CIDR ranges parsed with the JDK alone: literal forms only, so no name is ever
     * looked up. IPv6 comes back in the JDK's uncompressed text, which only this fake needs to read again.
     */
    public static final class IpRanges implements IpRangePort {
        private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
        private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*");

        @Override
        public String normalize(String addressOrRange) {
            Range range = addressOrRange == null ? null : parse(addressOrRange.strip(), true);
            if (range == null) {
                throw new InvalidValueException("ipAllowlist", "not an IP address or CIDR range");
            }
            return range.text();
        }

        @Override
        public boolean allows(List<String> normalizedRanges, String clientIp) {
            Objects.requireNonNull(normalizedRanges, "normalizedRanges");
            if (normalizedRanges.isEmpty()) {
                return true;
            }
            Range client = clientIp == null ? null : parse(clientIp.strip(), false);
            return client != null
                    && normalizedRanges.stream()
                            .map(entry -> parse(entry, true))
                            .anyMatch(range -> range != null && range.contains(client.address()));
        }

        private record Range(byte[] address, int prefix) {
            boolean contains(byte[] other) {
                if (other.length != address.length) {
                    return false;
                }
                for (int bit = 0; bit < prefix; bit++) {
                    if (bitAt(address, bit) != bitAt(other, bit)) {
                        return false;
                    }
                }
                return true;
            }

            String text() {
                String host = address.length == 4
                        ? IntStream.range(0, 4)
                                .mapToObj(i -> String.valueOf(address[i] & 0xff))
                                .collect(Collectors.joining("."))
                        : ipv6Text();
                return prefix == address.length * 8 ? host : host + "/" + prefix;
            }

            private String ipv6Text() {
                try {
                    return InetAddress.getByAddress(address).getHostAddress();
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }

            private static int bitAt(byte[] bytes, int bit) {
                return (bytes[bit / 8] >> (7 - bit % 8)) & 1;
            }
        }

        private static Range parse(String text, boolean prefixAllowed) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            byte[] address = address(host);
            if (address == null || (slash >= 0 && !prefixAllowed)) {
                return null;
            }
            int bits = address.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                    return null;
                }
                prefix = Integer.parseInt(length);
            }
            for (int bit = prefix; bit < bits; bit++) {
                address[bit / 8] &= (byte) ~(1 << (7 - bit % 8));
            }
            return new Range(address, prefix);
        }

        private static byte[] address(String host) {
            if (IPV4.matcher(host).matches()) {
                String[] parts = host.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return null;
                    }
                    bytes[i] = (byte) part;
                }
                return bytes;
            }
            if (IPV6.matcher(host).matches()) {
                try {
                    // A text with a colon is only ever read as an IPv6 literal, never looked up.
                    byte[] bytes = InetAddress.getByName(host).getAddress();
                    return bytes.length == 16 ? bytes : null;
                } catch (UnknownHostException notAnAddress) {
                    return null;
                }
            }
            return null;
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

    /**
     * Phone numbers read with the JDK alone: a plus, then 8 to 15 digits once spaces, dashes, dots and brackets are
     * gone. It knows no numbering plan, which only the libphonenumber adapter judges.
     */
    public static final class Phones implements PhoneNumberPort {
        private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

        @Override
        public PhoneNumber parse(String text) {
            String compact = text == null ? "" : text.strip().replaceAll("[\\s().-]", "");
            if (!E164.matcher(compact).matches()) {
                throw new InvalidValueException(
                        "phone", "phone must be a valid international number in E.164 form, like +447911123456");
            }
            return new PhoneNumber(compact);
        }
    }

    /**
     * Seals with a keyed XOR stream and a tag, both SHA-256 of the deployment's secret and a counter: the text shows
     * nothing of the key, differs each time, and opens only with the same secret. Not encryption, just its shape.
     */
    public static final class Seal implements SecretSealPort {
        private final String deploymentSecret;
        private final AtomicInteger nonce = new AtomicInteger();

        public Seal(String deploymentSecret) {
            this.deploymentSecret = deploymentSecret;
        }

        @Override
        public String seal(String secret) {
            int n = nonce.incrementAndGet();
            byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
            return "fake-seal$" + n + "$" + Base64.getEncoder().encodeToString(xor(plain, n)) + "$" + tag(n, secret);
        }

        @Override
        public String open(String sealed) {
            String[] parts = sealed == null ? new String[0] : sealed.split("\\$");
            try {
                if (parts.length == 4 && parts[0].equals("fake-seal")) {
                    int n = Integer.parseInt(parts[1]);
                    String secret = new String(xor(Base64.getDecoder().decode(parts[2]), n), StandardCharsets.UTF_8);
                    if (tag(n, secret).equals(parts[3])) {
                        return secret;
                    }
                }
            } catch (IllegalArgumentException notOurs) {
                // falls through to the refusal
            }
            throw new IllegalStateException("the sealed key does not open with this deployment's secret");
        }

        private byte[] xor(byte[] bytes, int n) {
            byte[] stream = HexFormat.of().parseHex(sha256Hex(deploymentSecret + ":stream:" + n));
            byte[] out = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                out[i] = (byte) (bytes[i] ^ stream[i % stream.length]);
            }
            return out;
        }

        private String tag(int n, String secret) {
            return sha256Hex(deploymentSecret + ":tag:" + n + ":" + secret).substring(0, 16);
        }
    }

    /** An SMS gateway that accepts, or refuses like one that is down. */
    public static final class SmsGateway implements SmsTransportPort {
        public final List<SmsMessage> accepted = new ArrayList<>();
        public boolean down;

        @Override
        public void deliver(SmsMessage message) {
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

    /** Stands in for the token signer: hands out the subject and its token generation as the token. */
    public static final class AccessTokens implements dev.keysmith.application.port.out.AccessTokenPort {
        @Override
        public AccessToken issueFor(dev.keysmith.domain.user.User user) {
            return new AccessToken(user.id() + "/" + user.tokenGeneration(), 900, java.util.Set.of());
        }

        @Override
        public AccessToken issueFor(dev.keysmith.domain.verifier.VerifierClient client) {
            return new AccessToken(client.clientId() + "/" + client.tokenGeneration(), 900, client.products());
        }
    }
}
