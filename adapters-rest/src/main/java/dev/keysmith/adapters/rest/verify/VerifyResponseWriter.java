package dev.keysmith.adapters.rest.verify;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes the verification answer, the one body on the hot path, by hand: the document Jackson wrote for it (members
 * in alphabetical order, absent ones left out, the expiry as ISO-8601), without the cost of a general serializer.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResponseWriter implements ServerMessageBodyWriter<VerifyResponse> {

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == VerifyResponse.class;
    }

    @Override
    public void writeResponse(VerifyResponse answer, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(json(answer));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == VerifyResponse.class;
    }

    @Override
    public void writeTo(
            VerifyResponse answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream body)
            throws IOException {
        body.write(json(answer));
    }

    static byte[] json(VerifyResponse answer) {
        StringBuilder out = new StringBuilder(answer.valid() ? 256 : 64).append('{');
        boolean first = member(out, true, "accountId", answer.accountId());
        first = member(out, first, "code", answer.code());
        first = member(
                out,
                first,
                "expiresAt",
                answer.expiresAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(answer.expiresAt()));
        first = member(out, first, "keyId", answer.keyId());
        first = member(out, first, "name", answer.name());
        first = member(out, first, "product", answer.product());
        if (answer.scopes() != null) {
            out.append(first ? "" : ",").append("\"scopes\":[");
            for (int i = 0; i < answer.scopes().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(out, answer.scopes().get(i));
            }
            out.append(']');
            first = false;
        }
        out.append(first ? "" : ",").append("\"valid\":").append(answer.valid()).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends {@code "name":"value"} unless the value is absent; returns whether nothing was written yet. */
    private static boolean member(StringBuilder out, boolean first, String name, String value) {
        if (value == null) {
            return first;
        }
        out.append(first ? "\"" : ",\"").append(name).append("\":");
        quote(out, value);
        return false;
    }

    /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, the rest as is. */
    static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
