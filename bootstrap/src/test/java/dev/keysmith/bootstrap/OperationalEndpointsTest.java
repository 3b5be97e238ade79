package dev.keysmith.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationalEndpointsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL managementLiveness;

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void healthIsOnThePublicPortAndTheManagementPort() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get(managementLiveness).then().statusCode(200).body("status", equalTo("UP"));
        given().get(managementReadiness)
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheProductCatalogue() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/v1/products"));
    }

    @Test
    void metricsAreOnTheManagementPortOnly() {
        given().get(managementMetrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/metrics").then().statusCode(404);
    }
}
