package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.SecretHasherPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id hashing of passwords, PINs and client secrets, stored as PHC strings ({@code $argon2id$v=19$...}). */
@ApplicationScoped
public class Argon2idSecretHasher implements SecretHasherPort {

    /** OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1. */
    static final int MEMORY_KIB = 19_456;

    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    // Bounds on what a stored hash may ask for, so a corrupted row cannot exhaust the heap or the CPU.
    private static final int MAX_MEMORY_KIB = 262_144;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;
    private static final int MAX_STORED_LENGTH = 512;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    public Argon2idSecretHasher() {
        this(MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /** Other cost parameters, for tests that show stored parameters win over the current ones. */
    Argon2idSecretHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(CharSequence secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] digest = derive(secret, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(digest);
    }

    @Override
    public boolean matches(CharSequence secret, String storedHash) {
        if (secret == null || storedHash == null || storedHash.length() > MAX_STORED_LENGTH) {
            return false;
        }
        Matcher phc = PHC.matcher(storedHash);
        if (!phc.matches()) {
            return false;
        }
        int memory = Integer.parseInt(phc.group(1));
        int passes = Integer.parseInt(phc.group(2));
        int lanes = Integer.parseInt(phc.group(3));
        if (lanes < 1
                || lanes > MAX_PARALLELISM
                || passes < 1
                || passes > MAX_ITERATIONS
                || memory < 8 * lanes
                || memory > MAX_MEMORY_KIB) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = B64_DECODER.decode(phc.group(4));
            expected = B64_DECODER.decode(phc.group(5));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] actual = derive(secret, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    private static byte[] derive(CharSequence secret, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] password = utf8(secret);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(password, out);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
        return out;
    }

    // Encodes without going through a String, so the secret leaves no immutable copy on the heap.
    private static byte[] utf8(CharSequence secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
