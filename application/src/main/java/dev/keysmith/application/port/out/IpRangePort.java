package dev.keysmith.application.port.out;

import java.util.List;

/** Parsing and matching of a key's IP allowlist entries (IPv4/IPv6 addresses and CIDR ranges). */
public interface IpRangePort {

    /**
     * The canonical form of one allowlist entry: a single address ({@code 192.168.1.7}) or a network and
     * prefix length ({@code 10.1.2.3/8} becomes {@code 10.0.0.0/8}).
     *
     * @throws dev.keysmith.domain.shared.InvalidValueException with field {@code ipAllowlist} when the entry
     *         is not an IP address or CIDR range
     */
    String normalize(String addressOrRange);

    /**
     * Whether {@code clientIp} falls inside one of {@code normalizedRanges}; an empty list allows every
     * client, and a missing or unparseable client address is never allowed by a non-empty list.
     */
    boolean allows(List<String> normalizedRanges, String clientIp);
}
