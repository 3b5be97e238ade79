package dev.keysmith.application.port.out;

/** Unguessable values: invitation tokens, client ids and secrets, the random part of keys. */
public interface RandomTokenPort {

    /** {@code bytes} bytes from a cryptographically strong source, URL-safe base64 without padding. */
    String newToken(int bytes);

    /** {@code count} bytes from a cryptographically strong source (the random part of API keys). */
    byte[] newBytes(int count);
}
