package dev.keysmith.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without an exporter endpoint there is no tracing: no SDK, no span handler. */
@QuarkusTest
class RequestSpansOffTest {

    @Inject
    RequestSpans spans;

    @Test
    void noEndpointNoTracing() {
        assertThat(spans.exporting()).isFalse();
    }
}
