package dev.keysmith.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every response carries the security headers; answers of the API are never cached; Swagger UI works under its CSP. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyResponseOfASampleOfEndpointsCarriesTheSecurityHeaders() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put(
                "login",
                given().contentType(ContentType.JSON)
                        .body(Map.of("email", Api.OPERATOR_EMAIL, "password", Api.OPERATOR_PASSWORD))
                        .post("/v1/auth/login"));
        responses.put(
                "wrong login",
                given().contentType(ContentType.JSON)
                        .body(Map.of("email", Api.OPERATOR_EMAIL, "password", "not-the-password"))
                        .post("/v1/auth/login"));
        responses.put("me without token", given().get("/v1/me"));
        responses.put("me", Api.as(owner).get("/v1/me"));
        responses.put("generate", f.generate(owner, Map.of()));
        responses.put("list keys", Api.as(owner).get(f.keys()));
        responses.put("unknown path", Api.as(owner).get("/v1/nothing-here"));
        responses.put("malformed JSON", Api.as(owner).body("{").post(f.keys()));
        responses.put(
                "oversized body",
                Api.as(owner).body("{\"name\":\"" + "x".repeat(70_000) + "\"}").post(f.keys()));
        responses.put("openapi", given().get("/q/openapi"));
        responses.put("health", given().get("/q/health/ready"));

        for (Map.Entry<String, Response> entry : responses.entrySet()) {
            Response response = entry.getValue();
            String what = entry.getKey() + " (" + response.statusCode() + ")";
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(what).isEqualTo(API_POLICY);
        }
        for (String name : List.of(
                "login",
                "wrong login",
                "me without token",
                "me",
                "generate",
                "list keys",
                "unknown path",
                "malformed JSON",
                "oversized body")) {
            Response response = responses.get(name);
            assertThat(response.headers().getValues("Cache-Control")).as(name).containsExactly("no-store");
        }
        assertThat(responses.get("generate").statusCode()).isEqualTo(201);
        assertThat(responses.get("me").statusCode()).isEqualTo(200);
    }

    @Test
    void requestsRefusedBeforeAnyResourceGetProblemDocuments() throws Exception {
        RawHttp.Answer noHost =
                RawHttp.sendAsIs(root.getHost(), root.getPort(), "GET /v1/me HTTP/1.1\r\nConnection: close\r\n\r\n");
        Response oversized = given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + "x".repeat(70_000) + "\"}")
                .post("/v1/auth/login");
        RawHttp.Answer undecodable =
                RawHttp.send(root.getHost(), root.getPort(), "GET", "/v1/accounts/%ZZ", Map.of(), null);

        assertThat(noHost.status()).isEqualTo(400);
        assertThat(noHost.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noHost.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
        assertThat(noHost.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(noHost.header("Cache-Control")).isEqualTo("no-store");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(undecodable.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
        assertThat(undecodable.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(undecodable.header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.contentType()).startsWith("application/problem+json");
        assertThat(oversized.jsonPath().getString("code")).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void swaggerUiLoadsEverythingItNeedsUnderItsPolicy() throws Exception {
        Response page = given().get("/q/swagger-ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        String html = page.asString();
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(policy)
                .contains("default-src 'none'", "frame-ancestors 'none'", "connect-src 'self'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("*")
                .doesNotContain("http");

        // Every inline script runs: inline scripts or its hash are allowed.
        Matcher scripts =
                Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> resources = new ArrayList<>();
        int inline = 0;
        while (scripts.find()) {
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            if (src.find()) {
                resources.add(src.group(1));
            } else {
                inline++;
                String hash = Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256")
                                .digest(scripts.group(2).getBytes(StandardCharsets.UTF_8)));
                assertThat(policy)
                        .as("inline script %d is allowed", inline)
                        .containsAnyOf("'sha256-" + hash + "'", "script-src 'self' 'unsafe-inline'");
            }
        }
        assertThat(inline).isGreaterThan(0);
        Matcher links = Pattern.compile("<link[^>]+href=\"([^\"]+)\"").matcher(html);
        while (links.find()) {
            resources.add(links.group(1));
        }
        // Every script and style comes from the service itself (script-src and style-src 'self') and is there.
        assertThat(resources)
                .isNotEmpty()
                .allSatisfy(resource -> assertThat(resource).doesNotContain("//"));
        for (String resource : resources) {
            assertThat(given().get("/q/swagger-ui/" + resource).statusCode())
                    .as(resource)
                    .isEqualTo(200);
        }
        // The document it fetches is on the same origin (connect-src 'self'), and no handler sits in an attribute.
        assertThat(html).contains("url: '/q/openapi'").doesNotContainPattern("\\son[a-z]+=");
        assertThat(given().get("/q/openapi").statusCode()).isEqualTo(200);
    }
}
