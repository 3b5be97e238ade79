package dev.keysmith.bootstrap.key;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.FileMailProfile;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Captures everything the service logs through a whole key lifecycle and through invitations, and looks for
 * secrets in it. Mail goes where it goes without an SMTP host: to owner-only files, never to the log.
 */
@QuarkusTest
@TestProfile(FileMailProfile.class)
class NoSecretInLogsTest {

    @Inject
    DeliverOutboxUseCase outbox;

    @ConfigProperty(name = "keysmith.mail.file-outbox")
    Path mailOutbox;

    /**
     * At the levels the service logs at, which is what an operator's log holds. Not at every level: DEBUG of the
     * HTTP router logs request paths (acceptance carries the token in its path) and FINEST of the JDBC driver
     * logs statement parameters (the queued email), so those stay off in production (README, Email).
     */
    @Test
    void invitationTokensGoToOwnerOnlyFilesAndNeverToTheLog() throws Exception {
        try (LogCapture capture = LogCapture.configuredLevels()) {
            String operator = Api.operator();
            String owner = "owner-" + UUID.randomUUID() + "@example.com";
            JsonPath account = as(operator)
                    .body(Map.of("name", "Acme " + Api.next(), "owner", Map.of("email", owner, "displayName", "Ada")))
                    .post("/v1/accounts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            String ownerToken = account.getString("ownerInvitation.token");
            Api.accept(ownerToken, "Ada");
            String ownerLogin = Api.login(owner, Api.PASSWORD);
            String member = "member-" + UUID.randomUUID() + "@example.com";
            String memberToken = as(ownerLogin)
                    .body(Map.of("email", member, "role", "ADMIN"))
                    .post("/v1/accounts/" + account.getString("id") + "/members")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");

            assertThat(outbox.deliverDue(new DeliverOutboxCommand(Caller.system()))
                            .failures())
                    .isEmpty();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mailOutbox)))
                    .isEqualTo("rwx------");
            assertThat(mailTo(owner)).contains(ownerToken);
            assertThat(mailTo(member)).contains(memberToken);
            // Often nothing at all at these levels; the logging mock mailer used to put each body here at INFO.
            assertThat(capture.everything()).doesNotContain(ownerToken).doesNotContain(memberToken);
        }
    }

    /** The one mail file to this address, after checking only the service's user may read it. */
    private String mailTo(String address) throws Exception {
        List<Path> files;
        try (var listing = Files.list(mailOutbox)) {
            files = listing.filter(file -> read(file).contains("To: " + address + "\r\n"))
                    .toList();
        }
        assertThat(files).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
                .isEqualTo("rw-------");
        return read(files.get(0));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noSecretPinOrPasswordReachesTheLog() {
        try (LogCapture capture = LogCapture.everyLevel()) {
            KeyFixture f = KeyFixture.create();
            String owner = f.account().ownerToken();
            String[] key = f.key(List.of("10.0.0.0/8"));
            String id = key[0];
            as(owner)
                    .body(Map.of("name", "Renamed"))
                    .patch(f.keys() + "/" + id)
                    .then()
                    .statusCode(200);
            as(owner).post(f.keys() + "/" + id + "/disable").then().statusCode(200);
            as(owner).post(f.keys() + "/" + id + "/enable").then().statusCode(200);
            String regenerated = as(owner)
                    .body(Map.of("pin", Api.PIN))
                    .post(f.keys() + "/" + id + "/regenerate")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("secret");
            String newId =
                    as(owner).get(f.keys() + "?status=ACTIVE").then().extract().path("items[0].id");
            as(owner)
                    .body(Map.of("pin", "000001"))
                    .post(f.keys() + "/" + newId + "/revoke")
                    .then()
                    .statusCode(403);
            as(owner)
                    .body(Map.of("pin", Api.PIN))
                    .post(f.keys() + "/" + newId + "/revoke")
                    .then()
                    .statusCode(200);
            // Secrets sent where they do not belong must not be echoed either.
            as(owner)
                    .body("{\"product\": \"" + key[1] + "\", \"name\": ")
                    .post(f.keys())
                    .then()
                    .statusCode(400);
            io.restassured.RestAssured.given()
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", f.account().ownerEmail(), "password", "wrong-" + Api.PASSWORD))
                    .post("/v1/auth/login")
                    .then()
                    .statusCode(401);

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
