package dev.keysmith.bootstrap.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document a running service serves, as the contract check reads it. Only a document that declares
 * itself precise ({@code info.x-keysmith-contract: strict}) is checked against: a generated one documents what
 * the code happens to say, not what the service answers.
 */
final class ServedDocument {

    /** The info extension a document written to be held to carries, with the value {@link #STRICT}. */
    static final String MARKER = "x-keysmith-contract";

    static final String STRICT = "strict";

    /** {@code -Dkeysmith.contract=strict} checks even an unmarked document, {@code off} none (for local work). */
    static final String OVERRIDE = "keysmith.contract";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;

    private ServedDocument(ObjectNode document) {
        this.document = document;
    }

    static ServedDocument fetch(URI location) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(location)
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("API contract: " + location + " answered " + response.statusCode());
            }
            return new ServedDocument((ObjectNode) JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("API contract: cannot read " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether responses are checked against this document. */
    boolean checked() {
        String override = System.getProperty(OVERRIDE, "");
        if (!override.isEmpty()) {
            return STRICT.equals(override);
        }
        return STRICT.equals(document.path("info").path(MARKER).asText());
    }

    /**
     * The document as the validator reads it. The validator knows OpenAPI 3.0 schemas; a 3.1 document's schemas
     * are JSON Schema 2020-12, so the few 3.1 forms are written in their 3.0 equivalents first (nullability as
     * {@code nullable}, {@code const} as a one-value enum, numeric exclusive bounds, schema {@code examples}).
     */
    String forValidator() {
        ObjectNode copy = document.deepCopy();
        if (copy.path("openapi").asText().startsWith("3.1")) {
            copy.put("openapi", "3.0.3");
            copy.remove("webhooks");
            copy.remove("jsonSchemaDialect");
            if (copy.get("info") instanceof ObjectNode info) {
                info.remove("summary");
                if (info.get("license") instanceof ObjectNode license) {
                    license.remove("identifier");
                }
            }
            downgrade(copy);
        }
        return copy.toString();
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            downgradeSchema(object);
            object.elements().forEachRemaining(ServedDocument::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(ServedDocument::downgrade);
        }
    }

    private static void downgradeSchema(ObjectNode schema) {
        if (schema.get("type") instanceof ArrayNode types) {
            List<JsonNode> others = new ArrayList<>();
            boolean nullable = false;
            for (JsonNode type : types) {
                if ("null".equals(type.asText())) {
                    nullable = true;
                } else {
                    others.add(type);
                }
            }
            if (others.size() == 1) {
                schema.set("type", others.get(0));
            } else {
                schema.remove("type"); // several types: 3.0 cannot say it, so any type passes
            }
            if (nullable) {
                schema.put("nullable", true);
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.get(combinator) instanceof ArrayNode options) {
                boolean nullable = false;
                for (Iterator<JsonNode> it = options.elements(); it.hasNext(); ) {
                    if ("null".equals(it.next().path("type").asText())) {
                        it.remove();
                        nullable = true;
                    }
                }
                if (nullable) {
                    schema.put("nullable", true);
                    if (options.size() == 1 && !schema.has("allOf")) {
                        schema.remove(combinator);
                        schema.putArray("allOf").add(options.get(0));
                    }
                }
            }
        }
        if (schema.has("$ref") && schema.has("nullable")) {
            // 3.0 ignores what stands beside a $ref; a nullable reference keeps its meaning wrapped in allOf
            schema.putArray("allOf").addObject().set("$ref", schema.remove("$ref"));
        }
        if (schema.has("const")) {
            schema.putArray("enum").add(schema.remove("const"));
        }
        for (Map.Entry<String, String> bound : Map.of("exclusiveMinimum", "minimum", "exclusiveMaximum", "maximum")
                .entrySet()) {
            JsonNode value = schema.get(bound.getKey());
            if (value != null && value.isNumber()) {
                schema.set(bound.getValue(), value);
                schema.put(bound.getKey(), true);
            }
        }
        if (schema.get("examples") instanceof ArrayNode examples && looksLikeSchema(schema)) {
            schema.remove("examples");
            if (!examples.isEmpty() && !schema.has("example")) {
                schema.set("example", examples.get(0));
            }
        }
        schema.remove(List.of("$schema", "$id", "$comment", "contentMediaType", "contentEncoding"));
    }

    /** Media type and parameter objects have {@code examples} maps, which stay; schemas have arrays. */
    private static boolean looksLikeSchema(ObjectNode node) {
        return node.has("type") || node.has("properties") || node.has("allOf") || node.has("enum");
    }
}
