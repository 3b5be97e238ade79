package dev.keysmith.adapters.rest.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written answer is the document Jackson wrote, byte for byte, for every shape of answer. */
class VerifyResponseWriterTest {

    /** The service's Jackson settings (ISO dates, nulls left out), members in the order the service wrote them. */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static void assertSameAsJackson(VerifyResponse answer) throws Exception {
        assertThat(new String(VerifyResponseWriter.json(answer), StandardCharsets.UTF_8))
                .isEqualTo(JACKSON.writeValueAsString(answer));
    }

    @Test
    void aValidAnswerWithEveryMember() throws Exception {
        assertSameAsJackson(new VerifyResponse(
                true,
                "VALID",
                "6da98ee0-293d-4cf0-b157-0df815781832",
                "ae5cb09e-ae88-47c2-b3c4-d1c9c3f9e60e",
                "payments",
                List.of("read", "write"),
                "Bench key",
                Instant.parse("2027-01-01T00:00:00Z")));
        assertSameAsJackson(new VerifyResponse(
                true, "VALID", "k", "a", "payments", List.of(), "n", Instant.parse("2027-01-01T10:11:12.345678Z")));
    }

    @Test
    void refusalsCarryOnlyWhatTheySay() throws Exception {
        assertSameAsJackson(new VerifyResponse(false, "NOT_FOUND", null, null, null, null, null, null));
        assertSameAsJackson(new VerifyResponse(false, "REVOKED", "k1", null, null, null, null, null));
        assertThat(new String(
                        VerifyResponseWriter.json(
                                new VerifyResponse(false, "MALFORMED", null, null, null, null, null, null)),
                        StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"MALFORMED\",\"valid\":false}");
    }

    @Test
    void aNameWithQuotesControlsAndOtherScriptsIsEscapedAsJacksonDoes() throws Exception {
        assertSameAsJackson(new VerifyResponse(
                true,
                "VALID",
                "k",
                "a",
                "payments",
                List.of("read"),
                "Zap \"ier\" \\ back\u0001\u001f\t\n\r\b\f / Zürich 東京 😀 \u2028",
                null));
    }
}
