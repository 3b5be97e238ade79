package dev.keysmith.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-request pieces of the HTTP edge written by hand for the hot path, against what they replaced. */
class AccessLineTest {

    @Test
    void theAccessLineIsWhatTheFormatStringWrote() {
        long[] durations = {0, 49_999, 50_000, 1_234_567, 12_000_000, 999_950_000};
        for (long nanos : durations) {
            assertThat(RequestTrail.line("POST", "/v1/keys/verify", 200, nanos, "127.0.0.1", "id-1"))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "%s %s %d %.1fms %s %s",
                            "POST",
                            "/v1/keys/verify",
                            200,
                            nanos / 1_000_000.0,
                            "127.0.0.1",
                            "id-1"));
        }
        assertThat(RequestTrail.line("GET", "/reveal/secret", 404, 0, "-", "x"))
                .isEqualTo("GET /reveal/{token} 404 0.0ms - x");
        assertThat(RequestTrail.line("GET", null, 400, 0, "-", "x")).isEqualTo("GET - 400 0.0ms - x");
    }

    @Test
    void madeRequestIdsAreVersionFourUuidsAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestTrail.requestId(null);
            UUID parsed = UUID.fromString(id);
            assertThat(parsed.version()).isEqualTo(4);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(parsed.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
        assertThat(RequestTrail.requestId("lb-7f3a:42.x_y")).isEqualTo("lb-7f3a:42.x_y");
        assertThat(RequestTrail.requestId("a".repeat(128))).isEqualTo("a".repeat(128));
        assertThat(RequestTrail.requestId("a".repeat(129))).isNotEqualTo("a".repeat(129));
        assertThat(RequestTrail.requestId("")).isNotEmpty().isNotEqualTo("");
        assertThat(RequestTrail.requestId("a b")).isNotEqualTo("a b");
    }

    @Test
    void aPlainPathIsOneTheUriParserAccepts() throws URISyntaxException {
        for (String path : new String[] {"/v1/keys/verify", "/q/health/live", "/", "/a.b_c-d/E9"}) {
            assertThat(HttpEdge.plainPath(path)).isTrue();
            new URI(path);
        }
        for (String target : new String[] {"//", "//x", "/%ZZ", "/a?b=c", "/a b", "", "x", "/\u00e9"}) {
            assertThat(HttpEdge.plainPath(target)).as(target).isFalse();
        }
    }
}
