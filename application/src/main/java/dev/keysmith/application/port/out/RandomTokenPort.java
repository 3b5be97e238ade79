package dev.keysmith.application.port.out;

/** Unguessable one-time values: invitation tokens, client ids and secrets. */
public interface RandomTokenPort {

    /** {@code bytes} bytes from a cryptographically strong source, URL-safe base64 without padding. */
    String newToken(int bytes);
}
