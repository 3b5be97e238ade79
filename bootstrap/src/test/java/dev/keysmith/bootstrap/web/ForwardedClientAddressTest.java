package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer the audit trail records the client's address, not the balancer's, once the balancer is
 * trusted (QUARKUS_HTTP_PROXY_*: only the balancers named in trusted-proxies may forward it).
 */
@QuarkusTest
@TestProfile(ForwardedClientAddressTest.BehindATrustedProxy.class)
class ForwardedClientAddressTest {

    /** The tests reach the service from 127.0.0.1, which plays the trusted balancer here. */
    public static class BehindATrustedProxy implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void theAuditTrailRecordsTheAddressTheTrustedProxyForwarded() {
        String operator = Api.operator();
        String code = changeAProductVia(operator, "203.0.113.7");

        assertThat(clientIpOfTheLastChangeOf(operator, code)).isEqualTo("203.0.113.7");
    }

    @Test
    void withoutAForwardedAddressTheConnectionsAddressIsRecorded() {
        String operator = Api.operator();
        String code = changeAProductVia(operator, null);

        assertThat(clientIpOfTheLastChangeOf(operator, code)).isEqualTo("127.0.0.1");
    }

    private static String changeAProductVia(String operator, String forwardedFor) {
        String code = Api.product(operator)[0];
        var request = as(operator);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        request.body(Map.of("name", "Forwarded", "scopes", List.of("read"), "defaultScopes", List.of("read")))
                .patch("/v1/products/" + code)
                .then()
                .statusCode(200);
        return code;
    }

    private static String clientIpOfTheLastChangeOf(String operator, String code) {
        List<Map<String, Object>> events = as(operator)
                .get("/v1/audit-events?action=PRODUCT_CHANGED&limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return events.stream()
                .filter(event -> code.equals(((Map<?, ?>) event.get("target")).get("id")))
                .map(event -> String.valueOf(event.get("clientIp")))
                .findFirst()
                .orElseThrow();
    }
}
