package dev.keysmith.domain.key;

import java.math.BigInteger;

/** Fixed-width base62 text (alphabet {@code 0-9A-Za-z}), the character set of keys: no symbols to escape anywhere. */
public final class Base62 {

    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static final BigInteger BASE = BigInteger.valueOf(62);

    private Base62() {}

    /** {@code value} in exactly {@code width} characters, padded with leading '0's. */
    public static String encode(BigInteger value, int width) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("base62 encodes non-negative numbers only");
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive");
        }
        char[] digits = new char[width];
        BigInteger rest = value;
        for (int i = width - 1; i >= 0; i--) {
            BigInteger[] quotientAndRemainder = rest.divideAndRemainder(BASE);
            digits[i] = ALPHABET.charAt(quotientAndRemainder[1].intValue());
            rest = quotientAndRemainder[0];
        }
        if (rest.signum() != 0) {
            throw new IllegalArgumentException("value needs more than " + width + " base62 characters");
        }
        return new String(digits);
    }

    /** The bytes read as an unsigned big-endian number, in exactly {@code width} characters. */
    public static String encode(byte[] unsignedBigEndian, int width) {
        if (unsignedBigEndian == null) {
            throw new IllegalArgumentException("bytes are required");
        }
        return encode(new BigInteger(1, unsignedBigEndian), width);
    }

    /** A non-negative {@code long} (e.g. a CRC32 value) in exactly {@code width} characters. */
    public static String encode(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("base62 encodes non-negative numbers only");
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive");
        }
        // In a long, without BigInteger: every verification computes its key's checksum with this.
        char[] digits = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % 62));
            rest /= 62;
        }
        if (rest != 0) {
            throw new IllegalArgumentException("value needs more than " + width + " base62 characters");
        }
        return new String(digits);
    }

    /** Whether every character is in the alphabet; an empty text is not base62. */
    public static boolean isBase62(CharSequence text) {
        if (text == null || text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
