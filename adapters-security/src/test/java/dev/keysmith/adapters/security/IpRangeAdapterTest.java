package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeAdapterTest {

    private final IpRangeAdapter ipRanges = new IpRangeAdapter();

    @ParameterizedTest
    @CsvSource({
        "192.168.1.7,               192.168.1.7",
        "' 192.168.1.7 ',           192.168.1.7",
        "192.168.1.7/32,            192.168.1.7",
        "10.0.0.0/8,                10.0.0.0/8",
        "10.1.2.3/8,                10.0.0.0/8",
        "172.16.200.1/12,           172.16.0.0/12",
        "0.0.0.0/0,                 0.0.0.0/0",
        "2001:db8::/32,             2001:db8::/32",
        "2001:DB8:0:0:0:0:0:1,      2001:db8::1",
        "2001:db8:0:0:1::1/48,      2001:db8::/48",
        "2001:db8::1/128,           2001:db8::1",
        "::1,                       ::1",
        "::/0,                      ::/0",
        "::ffff:10.1.2.3,           10.1.2.3",
        "::ffff:10.0.0.0/104,       10.0.0.0/8"
    })
    void an_entry_normalizes_to_its_canonical_form(String entry, String canonical) {
        assertThat(ipRanges.normalize(entry)).isEqualTo(canonical);
    }

    @Test
    void a_normalized_entry_normalizes_to_itself() {
        for (String entry : List.of("10.0.0.0/8", "192.168.1.7", "2001:db8::/32", "2001:db8::1")) {
            assertThat(ipRanges.normalize(ipRanges.normalize(entry))).isEqualTo(entry);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "abc",
                "10.0.0.0/33",
                "1.2.3.4/-1",
                "1.2.3.4/",
                "2001:db8::/129",
                "example.com",
                "localhost",
                "256.1.1.1",
                "1.2.3",
                "1",
                "010.1.2.3",
                "0x0a.1.2.3",
                "10.*",
                "*",
                "1.2.3.1-5",
                "10.0.0.0/255.0.0.0",
                "/8",
                "fe80::1%eth0",
                "1.2.3.4:80",
                "[::1]",
                "1.2.3.4 5.6.7.8",
                "1.2.3.4,5.6.7.8"
            })
    void an_entry_that_is_not_an_address_or_cidr_is_refused(String entry) {
        assertThatThrownBy(() -> ipRanges.normalize(entry))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("ipAllowlist"));
    }

    @Test
    void an_oversized_entry_is_refused_without_echoing_it() {
        String huge = "1".repeat(10_000);

        assertThatThrownBy(() -> ipRanges.normalize(huge))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("64")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("1111"));
    }

    @Test
    void a_refusal_does_not_echo_the_entry() {
        assertThatThrownBy(() -> ipRanges.normalize("<script>alert(1)</script>"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("script"));
    }

    @Test
    void an_empty_allowlist_allows_any_client() {
        assertThat(ipRanges.allows(List.of(), "203.0.113.7")).isTrue();
        assertThat(ipRanges.allows(List.of(), "2001:db8::1")).isTrue();
        assertThat(ipRanges.allows(List.of(), null)).isTrue();
    }

    @Test
    void ipv4_clients_inside_a_range_or_equal_to_an_address_are_allowed() {
        List<String> allowlist = List.of("10.0.0.0/8", "192.168.1.7");

        assertThat(ipRanges.allows(allowlist, "10.0.0.0")).isTrue();
        assertThat(ipRanges.allows(allowlist, "10.255.255.255")).isTrue();
        assertThat(ipRanges.allows(allowlist, "192.168.1.7")).isTrue();
    }

    @Test
    void ipv4_clients_outside_every_range_are_not_allowed() {
        List<String> allowlist = List.of("10.0.0.0/8", "192.168.1.7");

        assertThat(ipRanges.allows(allowlist, "11.0.0.0")).isFalse();
        assertThat(ipRanges.allows(allowlist, "9.255.255.255")).isFalse();
        assertThat(ipRanges.allows(allowlist, "192.168.1.8")).isFalse();
    }

    @Test
    void ipv6_clients_are_matched_against_ipv6_ranges() {
        List<String> allowlist = List.of("2001:db8::/32", "2a00:1450::1");

        assertThat(ipRanges.allows(allowlist, "2001:db8:ffff::42")).isTrue();
        assertThat(ipRanges.allows(allowlist, "2001:DB8::1")).isTrue();
        assertThat(ipRanges.allows(allowlist, "2a00:1450:0:0:0:0:0:1")).isTrue();
        assertThat(ipRanges.allows(allowlist, "2001:db9::1")).isFalse();
        assertThat(ipRanges.allows(allowlist, "2a00:1450::2")).isFalse();
    }

    @Test
    void address_families_never_match_each_other_except_ipv4_mapped_clients() {
        assertThat(ipRanges.allows(List.of("2001:db8::/32"), "10.1.2.3")).isFalse();
        assertThat(ipRanges.allows(List.of("10.0.0.0/8"), "2001:db8::1")).isFalse();
        assertThat(ipRanges.allows(List.of("0.0.0.0/0"), "::1")).isFalse();
    }

    @Test
    void an_ipv4_mapped_ipv6_client_matches_ipv4_ranges() {
        List<String> allowlist = List.of("10.0.0.0/8", "192.168.1.7");

        assertThat(ipRanges.allows(allowlist, "::ffff:10.1.2.3")).isTrue();
        assertThat(ipRanges.allows(allowlist, "::FFFF:a01:203")).isTrue();
        assertThat(ipRanges.allows(allowlist, "::ffff:192.168.1.7")).isTrue();
        assertThat(ipRanges.allows(allowlist, "::ffff:11.1.2.3")).isFalse();
    }

    @Test
    void an_ipv4_client_matches_an_entry_written_as_ipv4_mapped() {
        List<String> allowlist = List.of(ipRanges.normalize("::ffff:10.0.0.0/104"));

        assertThat(ipRanges.allows(allowlist, "10.9.8.7")).isTrue();
        assertThat(ipRanges.allows(allowlist, "11.9.8.7")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "garbage",
                "example.com",
                "10.1.2.3/8",
                "10.0.0.0/8",
                "10.*",
                "*",
                "10.1.2.1-5",
                "10.1.2.3:443",
                "010.1.2.3",
                "10.1.2",
                "fe80::1%eth0",
                "::ffff:10.1.2.3/104",
                "10.1.2.3, 10.1.2.4"
            })
    void a_missing_or_unparseable_client_is_never_allowed_by_a_non_empty_list(String client) {
        assertThat(ipRanges.allows(List.of("10.0.0.0/8", "fe80::/10"), client)).isFalse();
    }

    @Test
    void an_oversized_client_is_never_allowed() {
        assertThat(ipRanges.allows(List.of("0.0.0.0/0", "::/0"), "1".repeat(100_000)))
                .isFalse();
    }

    @Test
    void an_unparseable_stored_entry_allows_nothing_but_does_not_hide_the_others() {
        assertThat(ipRanges.allows(List.of("not a range"), "10.1.2.3")).isFalse();
        assertThat(ipRanges.allows(List.of("not a range", "10.0.0.0/8"), "10.1.2.3"))
                .isTrue();
    }

    @Test
    void entries_not_yet_normalized_still_match_as_prefix_blocks() {
        assertThat(ipRanges.allows(List.of("10.1.2.3/8"), "10.200.0.1")).isTrue();
    }

    @Test
    void many_distinct_entries_keep_matching_beyond_the_cache_bound() {
        for (int i = 0; i < IpRangeAdapter.MAX_CACHED_RANGES + 500; i++) {
            String entry = "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
            assertThat(ipRanges.allows(List.of(entry), entry)).isTrue();
        }
    }
}
