package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.domain.shared.InvalidValueException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** IP allowlist entries parsed, canonicalised and matched with the seancfoley IPAddress library. */
@ApplicationScoped
public class IpRangeAdapter implements IpRangePort {

    static final int MAX_LENGTH = 64;
    static final int MAX_CACHED_RANGES = 10_000;
    private static final String FIELD = "ipAllowlist";

    /** Plain addresses and CIDR prefixes only: no wildcards, ranges, masks, zones, inet_aton or empty forms. */
    private static final IPAddressStringParameters RANGE_FORMAT = strictFormat(true);
    /** A client is one address, never a block, so {@code 10.0.0.0/8} as a client IP cannot match a range. */
    private static final IPAddressStringParameters CLIENT_FORMAT = strictFormat(false);

    // Keyed by the stored (normalized) text; bounded so that odd data cannot grow it without end.
    private final Map<String, IPAddress> ranges = new ConcurrentHashMap<>();

    @Override
    public String normalize(String addressOrRange) {
        if (addressOrRange == null || addressOrRange.isBlank()) {
            throw new InvalidValueException(FIELD, "an IP allowlist entry must not be empty");
        }
        if (addressOrRange.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    FIELD, "an IP allowlist entry must be at most " + MAX_LENGTH + " characters");
        }
        IPAddress range = parseRange(addressOrRange);
        if (range == null) {
            throw new InvalidValueException(
                    FIELD,
                    "an IP allowlist entry must be an IPv4 or IPv6 address or CIDR range,"
                            + " such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32, with a prefix length that fits the address");
        }
        return range.toCanonicalString();
    }

    @Override
    public boolean allows(List<String> normalizedRanges, String clientIp) {
        Objects.requireNonNull(normalizedRanges, "normalizedRanges");
        if (normalizedRanges.isEmpty()) {
            return true;
        }
        IPAddress client = parseClient(clientIp);
        if (client == null) {
            return false;
        }
        for (String entry : normalizedRanges) {
            IPAddress range = cachedRange(entry);
            if (range != null && range.contains(client)) {
                return true;
            }
        }
        return false;
    }

    private IPAddress cachedRange(String entry) {
        if (entry == null) {
            return null;
        }
        IPAddress range = ranges.get(entry);
        if (range == null && entry.length() <= MAX_LENGTH) {
            range = parseRange(entry);
            if (range != null && ranges.size() < MAX_CACHED_RANGES) {
                ranges.putIfAbsent(entry, range);
            }
        }
        return range;
    }

    /** The entry as a prefix block (host bits cleared), IPv4-mapped IPv6 as IPv4, a full-length prefix as one address. */
    private static IPAddress parseRange(String text) {
        IPAddress address = new IPAddressString(text.strip(), RANGE_FORMAT).getAddress();
        if (address == null) {
            return null;
        }
        if (address.isPrefixed()) {
            address = address.toPrefixBlock();
        }
        address = unmapped(address);
        Integer prefix = address.getNetworkPrefixLength();
        if (prefix != null && prefix == address.getBitCount()) {
            address = address.withoutPrefixLength();
        }
        return address;
    }

    private static IPAddress parseClient(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        IPAddress address = new IPAddressString(text.strip(), CLIENT_FORMAT).getAddress();
        return address == null ? null : unmapped(address);
    }

    // ::ffff:10.1.2.3 is how dual-stack sockets report an IPv4 client; it must meet the IPv4 ranges.
    private static IPAddress unmapped(IPAddress address) {
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            IPAddress ipv4 = address.toIPv4();
            if (ipv4 != null) {
                return ipv4;
            }
        }
        return address;
    }

    private static IPAddressStringParameters strictFormat(boolean allowPrefix) {
        IPAddressStringParameters.Builder format = new IPAddressStringParameters.Builder()
                .allowEmpty(false)
                .allowAll(false)
                .allowSingleSegment(false)
                .allowPrefixOnly(false)
                .allowMask(false)
                .allowPrefix(allowPrefix)
                .allowWildcardedSeparator(false)
                .setRangeOptions(RangeParameters.NO_RANGE)
                .allow_inet_aton(false);
        format.getIPv4AddressParametersBuilder()
                .allowLeadingZeros(false)
                .allowBinary(false)
                .allowPrefixesBeyondAddressSize(false);
        format.getIPv6AddressParametersBuilder()
                .allowZone(false)
                .allowBase85(false)
                .allowBinary(false)
                .allowPrefixesBeyondAddressSize(false);
        return format.toParams();
    }
}
