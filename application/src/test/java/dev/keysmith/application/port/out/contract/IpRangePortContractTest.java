package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link IpRangePort} promises about allowlist entries and clients, stated once and run against each
 * implementation. The finer points of notation (IPv4-mapped clients, IPv6 canonical text) are the real adapter's own
 * tests.
 */
public abstract class IpRangePortContractTest {

    protected abstract IpRangePort ranges();

    @Test
    void anAddressStaysItselfAndARangeLosesItsHostBits() {
        assertThat(ranges().normalize("192.168.1.7")).isEqualTo("192.168.1.7");
        assertThat(ranges().normalize("10.1.2.3/8")).isEqualTo("10.0.0.0/8");
        assertThat(ranges().normalize("203.0.113.0/24")).isEqualTo("203.0.113.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not an address", "300.1.2.3", "10.0.0.0/33", "10.0.0.0/", "2001:db8::/129"})
    void aMalformedEntryIsRefusedNamingTheAllowlist(String entry) {
        InvalidValueException refused =
                catchThrowableOfType(() -> ranges().normalize(entry), InvalidValueException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("ipAllowlist");
    }

    @Test
    void aClientInsideAnAllowedRangeIsAllowedAndOneOutsideIsNot() {
        IpRangePort ranges = ranges();
        List<String> allowlist = List.of(ranges.normalize("10.1.2.3/8"), ranges.normalize("192.168.1.7"));

        assertThat(ranges.allows(allowlist, "10.200.30.4")).isTrue();
        assertThat(ranges.allows(allowlist, "192.168.1.7")).isTrue();
        assertThat(ranges.allows(allowlist, "11.0.0.1")).isFalse();
        assertThat(ranges.allows(allowlist, "192.168.1.8")).isFalse();
    }

    @Test
    void anIpv6ClientIsMatchedAgainstIpv6Ranges() {
        IpRangePort ranges = ranges();
        List<String> allowlist = List.of(ranges.normalize("2001:db8::/32"));

        assertThat(ranges.allows(allowlist, "2001:db8:1::7")).isTrue();
        assertThat(ranges.allows(allowlist, "2001:db9::7")).isFalse();
        assertThat(ranges.allows(allowlist, "10.0.0.1")).isFalse();
    }

    @Test
    void anEmptyAllowlistAllowsEveryClient() {
        assertThat(ranges().allows(List.of(), "203.0.113.9")).isTrue();
        assertThat(ranges().allows(List.of(), "2001:db8::1")).isTrue();
        assertThat(ranges().allows(List.of(), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not an address", "300.1.2.3", "10.0.0.0/8"})
    void aMissingOrUnparseableClientIsNeverAllowedByANonEmptyList(String client) {
        IpRangePort ranges = ranges();
        List<String> allowlist = List.of(ranges.normalize("10.0.0.0/8"));

        assertThat(ranges.allows(allowlist, client)).isFalse();
        assertThat(ranges.allows(allowlist, null)).isFalse();
    }
}
