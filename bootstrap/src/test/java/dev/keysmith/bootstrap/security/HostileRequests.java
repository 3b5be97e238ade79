package dev.keysmith.bootstrap.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates hostile requests from the OpenAPI document with one seeded {@link Random}: the same seed gives the same
 * requests. Every request carries at least one defect (in its body, path, query or credentials) and is otherwise
 * well formed and sent by a caller the operation admits most of the time, so the defect is what gets tested, and a
 * request that changed anything would be a finding.
 */
final class HostileRequests {

    /** Who sends a request: nobody, a real caller, or a forged or malformed credential. */
    enum Caller {
        NONE,
        MEMBER,
        ADMIN,
        SUPERADMIN,
        OPERATOR,
        VERIFIER,
        WRONG_SIGNATURE,
        EXPIRED,
        ALG_NONE,
        GARBAGE;

        boolean genuine() {
            return this != NONE && ordinal() <= VERIFIER.ordinal();
        }
    }

    enum Slot {
        BODY,
        PATH,
        QUERY,
        TOKEN
    }

    /** The values a well-formed request would carry: the suite's account, key, product, member and client. */
    record Known(
            String accountId,
            String keyId,
            String product,
            String userId,
            String verifierClientId,
            String pin,
            String password) {}

    /** One request, with what makes it hostile; {@link #replay()} prints it for a failure report. */
    record Request(
            int index,
            String operation,
            Caller caller,
            Slot slot,
            String defect,
            String method,
            String uri,
            String contentType,
            byte[] body) {

        String replay() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return "#" + index + " " + operation + " [" + slot + ": " + defect + "] as " + caller + "\n  " + method
                    + " "
                    + uri + (contentType == null ? "" : "\n  Content-Type: " + contentType)
                    + (body == null ? "" : "\n  body (" + body.length + " bytes): " + escape(text, 600));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HIDDEN = {
        "\u0000",
        "\u001B[31m",
        "\u007F",
        "\u009B",
        "\u202E",
        "\u2066",
        "\u200B",
        "\u200D",
        "\u2060",
        "\uFEFF",
        "\u2028",
        "\r\n",
        "\u00AD"
    };
    private static final String[] PATH_VALUES = {
        "abc",
        "1",
        "-1",
        "00000000-0000-0000-0000-00000000000g",
        "..",
        ".",
        "%2e%2e",
        "..%2F..%2Fq%2Fhealth",
        "%2F",
        "%00",
        "%1B%5B31m",
        "%E2%80%AE",
        "%E2%80%8B",
        "%ZZ",
        "%C0%AE%C0%AE",
        "%u0000",
        "%20",
        "99999999999999999999",
        "'%20OR%201=1--",
        "%7B%7D",
        "a".repeat(1500)
    };
    private static final String[] LIMITS = {
        "0", "-1", "201", "2147483648", "99999999999999999999", "abc", "1e3", "%20", "%005", "%ZZ", "1.5", "0x10"
    };
    private static final String[] TEXT_QUERY_VALUES = {
        "%00",
        "%1B%5B2J",
        "KING",
        "%E2%80%AE",
        "'%20OR%201=1--",
        "%ZZ",
        "%C3%28",
        "x".repeat(1500),
        "%0D%0AX-Injected:%201"
    };
    private static final String[] BAD_CIDRS = {
        "10.0.0.0/33",
        "999.1.1.1",
        "::/129",
        "abc",
        "10.0.0.0/8/8",
        "",
        "10.0.0.0/-1",
        "1.2.3",
        "fe80::1%eth0/64",
        "0.0.0.0/0 ",
        "10.0.0.0\u0000/8"
    };
    private static final String[] BAD_SCOPES = {
        "ROOT!", "*", "read write", "", "r\u0000", "x".repeat(300), "1read", "read\u202E"
    };
    private static final String[] BAD_DATES = {
        "+1000000-01-01",
        "-4714-11-23",
        "+294277-01-01",
        "10000-01-01",
        "2030-02-30",
        "2030-13-01",
        "",
        "yesterday",
        "0000-01-01",
        "-999999999-01-01",
        "+999999999-12-31",
        "1900-01-01T00:00:00Z",
        "+294277-01-01T00:00:00Z",
        "-290308-12-21T19:59:05Z",
        "+1000000000-01-01T00:00:00Z"
    };
    private static final Object[] BAD_NUMBERS = {
        -1,
        -86400,
        86401,
        2147483648L,
        Long.MIN_VALUE,
        new java.math.BigInteger("9223372036854775808"),
        1.5,
        -0.5,
        "1e400",
        "NaN"
    };
    private static final String[] MALFORMED = {
        "{",
        "[",
        "{\"a\":",
        "{\"a\" 1}",
        "{'a':1}",
        "{\"a\":1,}",
        "nul",
        "{\"a\":NaN}",
        "/* c */{}",
        "\u0000\u0001",
        "{\"a\":\"\\uZZZZ\"}",
        "{\"a\":\"unterminated}",
        "{}}",
        "\"",
        "{\"a\":01}",
        "{\"a\":tru}"
    };

    private final List<ApiOperation> operations;
    private final Map<String, Object> schemas;
    private final Known known;
    private final Random random;
    private int emails;

    HostileRequests(List<ApiOperation> operations, Map<String, Object> schemas, Known known, long seed) {
        this.operations = operations;
        this.schemas = schemas;
        this.known = known;
        this.random = new Random(seed);
    }

    Request next(int index) {
        ApiOperation operation = operations.get(random.nextInt(operations.size()));
        List<Slot> slots = new ArrayList<>();
        if (operation.bodyType() != null) {
            slots.add(Slot.BODY);
            slots.add(Slot.BODY);
            slots.add(Slot.BODY);
        }
        if (!operation.pathParams().isEmpty()) {
            slots.add(Slot.PATH);
        }
        if (!operation.queryParams().isEmpty()) {
            slots.add(Slot.QUERY);
            slots.add(Slot.QUERY);
        }
        if (!operation.anonymous() || slots.isEmpty()) {
            slots.add(Slot.TOKEN); // an operation open to all with nothing to spoil still meets forged credentials
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        Caller caller = slot == Slot.TOKEN
                ? pick(new Caller[] {
                    Caller.NONE, Caller.WRONG_SIGNATURE, Caller.EXPIRED, Caller.ALG_NONE, Caller.GARBAGE
                })
                : callerFor(operation);
        String[] defect = {slot.name().toLowerCase()};
        String uri = path(operation, slot == Slot.PATH, defect) + query(operation, slot == Slot.QUERY, defect);
        String contentType = operation.bodyType();
        byte[] body = null;
        if (operation.bodyType() != null && operation.bodyType().contains("form")) {
            body = form(slot == Slot.BODY, defect).getBytes(StandardCharsets.UTF_8);
        } else if (operation.bodyType() != null) {
            Map<String, Object> valid = object(operation.bodySchema());
            if (slot == Slot.BODY) {
                String[] hostile = hostileJson(valid, operation.bodySchema());
                defect[0] = hostile[0];
                contentType = hostile[1] == null ? contentType : hostile[1];
                body = hostile[2].getBytes(StandardCharsets.UTF_8);
                if (hostile[0].equals("invalid UTF-8")) {
                    body = invalidUtf8(hostile[2]);
                }
            } else {
                body = write(valid).getBytes(StandardCharsets.UTF_8);
            }
        }
        if (slot == Slot.TOKEN) {
            defect[0] = "credentials " + caller;
        }
        return new Request(
                index, operation.name(), caller, slot, defect[0], operation.method(), uri, contentType, body);
    }

    private Caller callerFor(ApiOperation operation) {
        if (random.nextInt(10) < 3 || operation.anonymous()) {
            return pick(Caller.values());
        }
        String role = operation.roles().get(random.nextInt(operation.roles().size()));
        return switch (role) {
            case "operator" -> Caller.OPERATOR;
            case "verifier" -> Caller.VERIFIER;
            default -> pick(new Caller[] {Caller.MEMBER, Caller.ADMIN, Caller.SUPERADMIN});
        };
    }

    private String path(ApiOperation operation, boolean hostile, String[] defect) {
        String hostileParam = hostile
                ? operation
                        .pathParams()
                        .get(random.nextInt(operation.pathParams().size()))
                : null;
        String path = operation.path();
        for (String name : operation.pathParams()) {
            String value;
            if (name.equals(hostileParam)) {
                value = random.nextInt(6) == 0 ? UUID.randomUUID().toString() : pick(PATH_VALUES);
                defect[0] = "path " + name + "=" + escape(value, 40);
            } else {
                value = knownValue(path, name);
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /** The real value a parameter names, judged by the path segment before it. */
    private String knownValue(String path, String name) {
        String before = path.substring(0, path.indexOf("{" + name + "}"));
        String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        return switch (segment) {
            case "accounts" -> known.accountId();
            case "keys" -> known.keyId();
            case "products" -> known.product();
            case "members" -> known.userId();
            case "verifier-clients" -> known.verifierClientId();
            case "invitations", "deliveries" -> "hostile-token-" + random.nextInt(1000);
            default -> UUID.randomUUID().toString();
        };
    }

    private String query(ApiOperation operation, boolean hostile, String[] defect) {
        if (!hostile) {
            return "";
        }
        String name = operation
                .queryParams()
                .get(random.nextInt(operation.queryParams().size()));
        String value = switch (name) {
            case "limit" -> pick(LIMITS);
            case "after" ->
                pick(new String[] {
                    "x",
                    "%00",
                    "99999999999999999999",
                    "%1B%5B31m",
                    "%ZZ",
                    "+999999999-12-31T23:59:59Z_" + UUID.randomUUID(),
                    "-999999999-01-01T00:00:00Z_" + UUID.randomUUID(),
                    "+294277-01-01T00:00:00Z_" + UUID.randomUUID(),
                    "-4714-11-23T00:00:00Z_" + UUID.randomUUID(),
                    "2030-01-01T00:00:00Z_not-a-uuid",
                    "_",
                    "9".repeat(1500),
                    "0000-01-01T00:00:00Z_" + UUID.randomUUID()
                });
            default -> pick(TEXT_QUERY_VALUES);
        };
        value = value.replace("+", "%2B"); // a plus sign would arrive as a space
        String query = "?" + name + "=" + value;
        if (random.nextInt(4) == 0) {
            query = random.nextBoolean()
                    ? query + "&" + name + "=" + pick(LIMITS)
                    : "?" + name + "=1&" + name + "=" + value;
            defect[0] = "repeated query " + name;
        } else {
            defect[0] = "query " + name + "=" + escape(value, 40);
        }
        return query;
    }

    private String form(boolean hostile, String[] defect) {
        String valid = "grant_type=client_credentials&client_id=hostile-" + random.nextInt(1000) + "&client_secret=x";
        if (!hostile) {
            return valid;
        }
        String[] forms = {
            "grant_type=client_credentials&client_id=%ZZ",
            "client_id=%ZZ&client_secret=%G0",
            "grant_type=%",
            "grant_type=client_credentials&grant_type=password",
            "grant_type=password&username=a",
            "grant_type=client_credentials&client_id=%00&client_secret=%1B",
            "grant_type=client_credentials&client_id=" + "x".repeat(5000),
            "%%%",
            "=&=&",
            "grant_type=client_credentials&client_id=%E2%80%AE&client_secret=",
            "grant_type=client_credentials&client_id=a&client_id=b&client_secret=x",
            "\u0000"
        };
        String form = pick(forms);
        defect[0] = "form " + escape(form, 60);
        return form;
    }

    /** {defect, content type or null, body}. */
    private String[] hostileJson(Map<String, Object> valid, Map<String, Object> schema) {
        Map<String, Object> properties = properties(schema);
        List<?> required = (List<?>) resolve(schema).getOrDefault("required", List.of());
        List<String> names = new ArrayList<>(valid.keySet());
        String member = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
        int kind = random.nextInt(17);
        switch (kind) {
            case 0:
                return new String[] {"malformed JSON", null, pick(MALFORMED)};
            case 1:
                String text = write(valid);
                return new String[] {
                    "truncated JSON", null, text.substring(0, random.nextInt(Math.max(1, text.length() - 1)))
                };
            case 2:
                if (member != null) {
                    String first = write(Map.of(member, valid.get(member)));
                    return new String[] {
                        "duplicate member " + member,
                        null,
                        write(valid).replaceFirst("^\\{", "{" + first.substring(1, first.length() - 1) + ",")
                    };
                }
                return new String[] {"second document", null, write(valid) + write(valid)};
            case 3:
                return new String[] {
                    "top-level " + kind,
                    null,
                    pick(new String[] {"[]", "\"text\"", "42", "null", "true", "[" + write(valid) + "]", ""})
                };
            case 4:
                Map<String, Object> unknown = new LinkedHashMap<>(valid);
                unknown.put(pick(new String[] {"hostile", "__proto__", "constructor", "id", "status", "accountId"}), 1);
                return new String[] {"unknown member", null, write(unknown)};
            case 5:
                return new String[] {
                    "second document", null, write(valid) + pick(new String[] {" x", write(valid), " ]", "\u0000"})
                };
            case 6:
                return new String[] {"deep nesting", null, "[".repeat(3000) + "]".repeat(3000)};
            case 7:
                Map<String, Object> deep = new LinkedHashMap<>(valid);
                deep.put(member == null ? "x" : member, "@nested@");
                return new String[] {
                    "deeply nested member",
                    null,
                    write(deep).replace("\"@nested@\"", "{\"n\":[".repeat(800) + "1" + "]}".repeat(800))
                };
            case 8:
                Map<String, Object> huge = new LinkedHashMap<>(valid);
                huge.put(member == null ? "x" : member, "h".repeat(70_000));
                return new String[] {"oversized body", null, write(huge)};
            case 9:
                return new String[] {
                    "not JSON",
                    pick(new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}),
                    write(valid)
                };
            case 10:
                return new String[] {"invalid UTF-8", null, write(valid)};
            default:
                if (member == null) {
                    return new String[] {"unknown member", null, "{\"hostile\":1}"};
                }
                Object replaced = hostileValue(
                        member, property(properties, member), valid.get(member), required.contains(member));
                Map<String, Object> changed = new LinkedHashMap<>(valid);
                changed.put(member, replaced);
                return new String[] {
                    "member " + member + "=" + escape(String.valueOf(replaced), 40), null, write(changed)
                };
        }
    }

    /** A value the member cannot take whatever the rest of the body says. */
    private Object hostileValue(String member, Map<String, Object> schema, Object valid, boolean required) {
        String ref = ref(schema);
        int choice = random.nextInt(4);
        if (choice == 0) {
            return valid instanceof Map || "Owner".equals(ref) ? List.of(1, 2) : Map.of("x", 1); // wrong type
        }
        String format = String.valueOf(resolve(schema).get("format"));
        if ("Instant".equals(ref) || "LocalDate".equals(ref) || format.equals("date-time") || format.equals("date")) {
            return pick(BAD_DATES);
        }
        if (valid instanceof Number) {
            return pick(BAD_NUMBERS);
        }
        if (valid instanceof Boolean) {
            return pick(new Object[] {"maybe", 2, List.of()});
        }
        if (member.toLowerCase().contains("allowlist")) {
            return List.of(pick(BAD_CIDRS));
        }
        if (member.toLowerCase().contains("scopes")) {
            return random.nextBoolean() ? List.of(pick(BAD_SCOPES)) : java.util.Arrays.asList("read", null);
        }
        if (valid instanceof List<?> list) {
            return random.nextBoolean()
                    ? List.of(Map.of("x", 1))
                    : java.util.Collections.nCopies(600, list.isEmpty() ? "x" : list.get(0));
        }
        if (valid instanceof Map<?, ?> object) {
            Map<String, Object> inner = new LinkedHashMap<>();
            object.forEach((k, v) -> inner.put(String.valueOf(k), v));
            String key = new ArrayList<>(inner.keySet()).get(random.nextInt(inner.size()));
            inner.put(key, key.equals("email") ? "ada" + pick(HIDDEN) + "@example.com" : "x".repeat(10_000));
            return inner;
        }
        if (schema != null && (schema.containsKey("enum") || ref != null)) {
            return pick(new String[] {"KING", "member", "", "\u0000"});
        }
        String text = String.valueOf(valid);
        if (choice == 1
                || member.toLowerCase().contains("password")
                || member.toLowerCase().contains("secret")) {
            return "x".repeat(10_000); // longer than any text the service takes
        }
        if (choice == 2) {
            return required ? null : "x".repeat(10_000);
        }
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + pick(HIDDEN) + text.substring(at);
    }

    /** A well-formed body for the schema, filled with the suite's own values. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        Map<String, Object> body = new LinkedHashMap<>();
        properties(resolved).forEach((name, property) -> body.put(name, value(name, (Map<String, Object>) property)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private Object value(String name, Map<String, Object> schema) {
        String ref = ref(schema);
        if ("Instant".equals(ref)) {
            return "2031-01-01T00:00:00Z";
        }
        if ("LocalDate".equals(ref)) {
            return "2031-01-01";
        }
        if ("UUID".equals(ref)) {
            return UUID.randomUUID().toString();
        }
        Map<String, Object> resolved = resolve(schema);
        // The hand-written document states dates and identifiers as formats rather than as named schemas.
        switch (String.valueOf(resolved.get("format"))) {
            case "date-time":
                return "2031-01-01T00:00:00Z";
            case "date":
                return "2031-01-01";
            case "uuid":
                return UUID.randomUUID().toString();
            default:
                break;
        }
        if (resolved.containsKey("enum")) {
            return ((List<Object>) resolved.get("enum")).get(0);
        }
        String type = String.valueOf(resolved.get("type"));
        switch (type) {
            case "object":
                return object(resolved);
            case "array":
                Object item = switch (name) {
                    case "scopes", "defaultScopes" -> "read";
                    case "ipAllowlist" -> "10.0.0.0/8";
                    case "products" -> known.product();
                    default ->
                        value(name, (Map<String, Object>) resolved.getOrDefault("items", Map.of("type", "string")));
                };
                return List.of(item);
            case "integer", "number":
                return 60;
            case "boolean":
                return true;
            default:
                return switch (name) {
                    case "pin", "newPin" -> known.pin();
                    case "password", "currentPassword", "newPassword" -> known.password();
                    case "email" -> "hostile" + (++emails) + "@example.com";
                    case "product" -> known.product();
                    case "key" -> randomKey();
                    case "code" -> "hostile-" + random.nextInt(1_000_000);
                    case "keyPrefix" -> "hx";
                    default -> "Hostile " + random.nextInt(1000);
                };
        }
    }

    /** A key of the right shape that nobody issued: its checksum may or may not match. */
    private String randomKey() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder key = new StringBuilder(pick(new String[] {"pay", "tb", "sms", "x"})).append("_live_");
        for (int i = 0; i < 33; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        String ref = ref(schema);
        if (ref != null && schemas.containsKey(ref)) {
            return (Map<String, Object>) schemas.get(ref);
        }
        return schema == null ? Map.of() : schema;
    }

    private static String ref(Map<String, Object> schema) {
        Object ref = schema == null ? null : schema.get("$ref");
        return ref == null ? null : ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) resolve(schema).getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> properties, String name) {
        return (Map<String, Object>) properties.get(name);
    }

    private static byte[] invalidUtf8(String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 2];
        int at = Math.max(1, text.length / 2);
        System.arraycopy(text, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        System.arraycopy(text, at, out, at + 2, text.length - at);
        return out;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Java-style escapes for anything but printable ASCII, cut to {@code max} characters. */
    static String escape(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return text.length() > max ? out + "…(" + text.length() + " chars)" : out.toString();
    }
}
