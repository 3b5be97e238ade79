package dev.keysmith.bootstrap.key;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Captures everything the service logs through a whole key lifecycle and looks for secrets in it. */
@QuarkusTest
class NoSecretInLogsTest {

    @Test
    void noSecretPinOrPasswordReachesTheLog() {
        try (LogCapture capture = LogCapture.everyLevel()) {
            KeyFixture f = KeyFixture.create();
            String owner = f.account().ownerToken();
            String[] key = f.key(List.of("10.0.0.0/8"));
            String id = key[0];
            as(owner).body(Map.of("name", "Renamed")).patch(f.keys() + "/" + id).then().statusCode(200);
            as(owner).post(f.keys() + "/" + id + "/disable").then().statusCode(200);
            as(owner).post(f.keys() + "/" + id + "/enable").then().statusCode(200);
            String regenerated = as(owner).body(Map.of("pin", Api.PIN)).post(f.keys() + "/" + id + "/regenerate")
                    .then().statusCode(201).extract().path("secret");
            String newId = as(owner).get(f.keys() + "?status=ACTIVE").then().extract().path("items[0].id");
            as(owner).body(Map.of("pin", "000001")).post(f.keys() + "/" + newId + "/revoke").then().statusCode(403);
            as(owner).body(Map.of("pin", Api.PIN)).post(f.keys() + "/" + newId + "/revoke").then().statusCode(200);
            // Secrets sent where they do not belong must not be echoed either.
            as(owner).body("{\"product\": \"" + key[1] + "\", \"name\": ").post(f.keys()).then().statusCode(400);
            io.restassured.RestAssured.given().contentType(ContentType.JSON)
                    .body(Map.of("email", f.account().ownerEmail(), "password", "wrong-" + Api.PASSWORD))
                    .post("/v1/auth/login").then().statusCode(401);

            String everything = capture.everything();
            assertThat(capture.lines()).isNotEmpty();
            assertThat(everything)
                    .doesNotContain(key[1])
                    .doesNotContain(regenerated)
                    .doesNotContain(Api.PASSWORD)
                    .doesNotContain(Api.OPERATOR_PASSWORD)
                    .doesNotContain("\"" + Api.PIN + "\"")
                    .doesNotContain("pin=" + Api.PIN)
                    .doesNotContain("\"000001\"");
        }
    }
}
