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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("API contract: cannot read " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ServedDocument parse(String json) throws IOException {
        return new ServedDocument((ObjectNode) JSON.readTree(json));
    }

    /** Whether responses are checked against this document. */
    boolean checked() {
        String override = System.getProperty(OVERRIDE, "");
        return override.isEmpty() ? declaresItselfPrecise() : STRICT.equals(override);
    }

    boolean declaresItselfPrecise() {
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
            closeCompositions(copy, copy);
            downgrade(copy);
        }
        return copy.toString();
    }

    /**
     * {@code allOf} with {@code unevaluatedProperties: false} (the members of all parts and nothing else) has no
     * 3.0 form; it becomes one object schema with the parts' members and {@code additionalProperties: false}.
     */
    private static void closeCompositions(JsonNode node, ObjectNode root) {
        if (node instanceof ObjectNode object) {
            if (object.path("unevaluatedProperties").isBoolean()
                    && !object.get("unevaluatedProperties").asBoolean()
                    && object.get("allOf") instanceof ArrayNode parts) {
                ObjectNode properties = JSON.createObjectNode();
                Set<String> required = new LinkedHashSet<>();
                for (JsonNode part : parts) {
                    collect(part, root, properties, required);
                }
                object.remove(List.of("allOf", "unevaluatedProperties"));
                object.put("type", "object");
                object.set("properties", properties);
                if (!required.isEmpty()) {
                    required.forEach(object.putArray("required")::add);
                }
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(child -> closeCompositions(child, root));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> closeCompositions(child, root));
        }
    }

    private static void collect(JsonNode part, ObjectNode root, ObjectNode properties, Set<String> required) {
        JsonNode schema = part.has("$ref") ? root.at(part.get("$ref").asText().substring(1)) : part;
        if (schema.isMissingNode()) {
            throw new AssertionError("API contract: the document refers to " + part.get("$ref") + ", which it lacks");
        }
        schema.path("allOf").forEach(inner -> collect(inner, root, properties, required));
        schema.path("properties").properties().forEach(member -> properties.set(member.getKey(), member.getValue()));
        schema.path("required").forEach(name -> required.add(name.asText()));
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
