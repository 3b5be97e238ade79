package dev.keysmith.client;

/**
 * No answer about the key: the service was unreachable, refused this client's credentials or the request
 * ({@code status}, and the problem document's {@code code} when there is one). A refused key is not an
 * exception but a {@link Verification} with {@code valid == false}.
 */
public class KeysmithClientException extends RuntimeException {

    private final int status;
    private final String code;

    public KeysmithClientException(String message, int status, String code, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status, 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** The problem document's {@code code}, or null. */
    public String code() {
        return code;
    }
}
