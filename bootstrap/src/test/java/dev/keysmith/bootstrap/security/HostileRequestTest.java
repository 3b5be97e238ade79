package dev.keysmith.bootstrap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keysmith.bootstrap.security.HostileRequests.Caller;
import dev.keysmith.bootstrap.security.HostileRequests.Request;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.support.LogCapture;
import dev.keysmith.bootstrap.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5, issue 11: thousands of hostile requests generated from the served OpenAPI document with a fixed seed, for
 * every operation and every kind of caller. None may answer 5xx, every 4xx is a problem document with a code, the
 * log holds no secret and no control character, and nothing is changed. A failure prints each offending request so
 * it can be replayed by hand (or regenerated: same seed, same index).
 */
@QuarkusTest
class HostileRequestTest {

    private static final long SEED = 20_261_202L;
    private static final int REQUESTS = 5_200;
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tables whose content no hostile request may change (audit rows are counted apart, see below). */
    private static final List<String> TABLES = List.of(
            "product",
            "app_user",
            "account",
            "membership",
            "invitation",
            "product_access",
            "verifier_client",
            "api_key",
            "notification",
            "warning_email",
            "outbox",
            "operator_invitation");

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource database;

    /** Writes answered with a 2xx: expected only where a refusal is an answer (verification), listed on a state change. */
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

    @Test
    void hostileRequestsGetProblemsNeverServerErrorsAndChangeNothing() throws Exception {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(List.of("10.0.0.0/8"));
        Api.Person member = Api.member(f.account(), "MEMBER");
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<Caller, String> authorization = credentials(f, member, admin, verifier);
        HostileRequests.Known known = new HostileRequests.Known(
                f.account().id(), key[0], f.product(), member.userId(), verifier.id(), Api.PIN, Api.PASSWORD);
        Map<String, Object> document = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        List<ApiOperation> operations = ApiOperation.all(document);
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        HostileRequests generator = new HostileRequests(operations, schemas, known, SEED);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next(i));
        }

        Map<String, String> before = state();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        String log;
        try (LogCapture capture = LogCapture.configuredLevels()) {
            send(requests, authorization, failures);
            log = capture.everything();
        }
        Map<String, String> after = state();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(failures.stream().limit(40).toList())
                .as(
                        "%d of %d hostile requests got a 5xx or a 4xx "
                                + "without a problem document (seed %d); the first ones",
                        failures.size(), requests.size(), SEED)
                .isEmpty();
        softly.assertThat(after)
                .as(
                        "database content after the hostile requests; writes that got a 2xx: %s",
                        accepted.stream().limit(20).toList())
                .isEqualTo(before);
        List<String> secrets = new ArrayList<>(List.of(
                key[1],
                verifier.secret(),
                Api.PASSWORD,
                Api.OPERATOR_PASSWORD,
                "\"" + Api.PIN + "\"",
                "pin=" + Api.PIN));
        authorization.values().stream()
                .filter(h -> h.length() > 20)
                .map(h -> h.substring(h.indexOf(' ') + 1))
                .forEach(secrets::add);
        for (String secret : secrets) {
            softly.assertThat(log).as("the log holds a secret").doesNotContain(secret);
        }
        softly.assertThat(hiddenCharactersIn(log))
                .as("control or format characters in the log")
                .isEmpty();
        softly.assertAll();
        assertCoverage(requests, operations);
    }

    private void send(List<Request> requests, Map<Caller, String> authorization, List<String> failures)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                done.add(pool.submit(() -> {
                    for (int i = first; i < requests.size(); i += CLIENTS) {
                        String failure = check(requests.get(i), authorization);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one request; a description of what was wrong with the answer, or null. */
    private String check(Request request, Map<Caller, String> authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.contentType() != null) {
            headers.put("Content-Type", request.contentType());
        }
        if (authorization.containsKey(request.caller())) {
            headers.put("Authorization", authorization.get(request.caller()));
        }
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(
                    root.getHost(), root.getPort(), request.method(), request.uri(), headers, request.body());
        } catch (Exception e) {
            return "no answer (" + e + ") to " + request.replay();
        }
        int status = answer.status();
        if (status >= 200 && status < 300 && !request.method().equals("GET")) {
            accepted.add(status + " for " + request.replay());
        }
        if (status >= 500) {
            return status + " " + HostileRequests.escape(answer.body(), 300) + " for " + request.replay();
        }
        if (status >= 400) {
            String type = answer.header("Content-Type") == null ? "" : answer.header("Content-Type");
            String code = codeOf(answer.body());
            if (!type.startsWith("application/problem+json") || code == null || code.isBlank()) {
                return status + " without a problem document (" + type + ": "
                        + HostileRequests.escape(answer.body(), 200) + ") for " + request.replay();
            }
        }
        return null;
    }

    private static String codeOf(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && problem.hasNonNull("code")
                    ? problem.get("code").asText()
                    : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Genuine tokens of every role, and forged ones: another key's signature, expired, unsigned, garbage. */
    private static Map<Caller, String> credentials(
            KeyFixture f, Api.Person member, Api.Person admin, Api.Verifier verifier) throws Exception {
        Map<Caller, String> headers = new EnumMap<>(Caller.class);
        headers.put(Caller.MEMBER, "Bearer " + member.token());
        headers.put(Caller.ADMIN, "Bearer " + admin.token());
        headers.put(Caller.SUPERADMIN, "Bearer " + f.account().ownerToken());
        headers.put(Caller.OPERATOR, "Bearer " + f.operator());
        headers.put(Caller.VERIFIER, "Bearer " + verifier.token());
        Map<String, Object> claims = claimsOf(f.operator());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        headers.put(Caller.WRONG_SIGNATURE, "Bearer " + Jwt.claims(claims).sign(stranger));
        Instant now = Instant.now();
        headers.put(
                Caller.EXPIRED,
                "Bearer "
                        + Jwt.claims(claims)
                                .issuedAt(now.minusSeconds(7200))
                                .expiresAt(now.minusSeconds(3600))
                                .sign());
        String unsigned = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        headers.put(Caller.ALG_NONE, "Bearer " + unsigned + "." + f.operator().split("\\.")[1] + ".");
        headers.put(Caller.GARBAGE, "Bearer " + f.operator().substring(0, 30) + "\u00e9%00..x");
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String token) throws Exception {
        Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        return new LinkedHashMap<>(claims);
    }

    /** A digest of each table's rows, and the number of audit events someone signed in caused. */
    private Map<String, String> state() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows =
                        statement.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                                + "'|' ORDER BY t::text), '')) FROM " + table + " t")) {
                    rows.next();
                    state.put(table, rows.getString(1));
                }
            }
            // Refused sign-ins by nobody in particular are audited by design; anything a known caller did is not.
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*) FROM audit_event WHERE actor_type <> 'ANONYMOUS'")) {
                rows.next();
                state.put("audit_event by known actors", rows.getString(1));
            }
        }
        return state;
    }

    /** Characters a log line must not carry raw: controls other than line breaks and tabs, formats, separators. */
    static Set<String> hiddenCharactersIn(String log) {
        Set<String> found = new TreeSet<>();
        log.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden) {
                int at = log.indexOf(new String(Character.toChars(c)));
                found.add(String.format(
                        "U+%04X near \"%s\"",
                        c,
                        HostileRequests.escape(
                                log.substring(Math.max(0, at - 80), Math.min(log.length(), at + 40)), 200)));
            }
        });
        return found;
    }

    private static void assertCoverage(List<Request> requests, List<ApiOperation> operations) {
        Set<String> operationsHit = new TreeSet<>();
        Set<Caller> callers = EnumSet.noneOf(Caller.class);
        Set<HostileRequests.Slot> slots = EnumSet.noneOf(HostileRequests.Slot.class);
        for (Request request : requests) {
            operationsHit.add(request.operation());
            callers.add(request.caller());
            slots.add(request.slot());
        }
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(operationsHit)
                .containsAll(operations.stream().map(ApiOperation::name).toList());
        assertThat(callers).containsExactlyInAnyOrder(Caller.values());
        assertThat(slots).containsExactlyInAnyOrder(HostileRequests.Slot.values());
    }
}
