package dev.keysmith.application.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a high-entropy one-time token (invitations): enough to find it without storing it, since a
 * 256-bit random token cannot be guessed from its digest; people's secrets use Argon2id instead.
 */
public final class TokenDigest {

    private TokenDigest() {}

    public static String of(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
