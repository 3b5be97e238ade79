package dev.keysmith.application.delivery;

import java.time.Duration;

/**
 * How deliveries are made: the address the service is reached at from outside (links start with it) and how
 * long a link works.
 */
public record DeliverySettings(String publicUrl, Duration ttl) {

    public DeliverySettings {
        if (publicUrl == null || !publicUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("the public URL must be an http(s) address without query or fragment");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a delivery must last a positive time");
        }
    }
}
