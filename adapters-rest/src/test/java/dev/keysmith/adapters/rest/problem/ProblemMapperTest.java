package dev.keysmith.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.keysmith.adapters.rest.access.RequestProductAccessRequest;
import dev.keysmith.adapters.rest.account.CreateAccountRequest;
import dev.keysmith.adapters.rest.account.InviteMemberRequest;
import dev.keysmith.adapters.rest.auth.LoginRequest;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.adapters.rest.support.Violations;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import dev.keysmith.domain.user.PinLockedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jboss.resteasy.reactive.common.util.URLUtils;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void a_role_the_service_refuses_is_a_403_with_the_refusal_code() {
        assertProblem(
                mapper.permissionDenied(new PermissionDeniedException("only operators may do this"), null),
                403,
                "FORBIDDEN");
        assertProblem(mapper.permissionDenied(new WrongPasswordException(), null), 403, "WRONG_PASSWORD");
    }

    @Test
    void wrong_credentials_are_a_401_asking_for_a_bearer_token() {
        Response response = mapper.wrongCredentials(
                new UnauthenticatedException("INVALID_CREDENTIALS", "email or password is not correct"), null);

        assertProblem(response, 401, "INVALID_CREDENTIALS");
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void a_locked_pin_is_a_423_saying_until_when() {
        Instant until = Instant.parse("2030-01-01T10:15:00Z");

        Response response = mapper.locked(new PinLockedException(until), null);

        assertProblem(response, 423, "PIN_LOCKED");
        assertThat(Json.tree(response.getEntity()).get("lockedUntil").asText()).isEqualTo("2030-01-01T10:15:00Z");
    }

    @Test
    void a_disabled_pin_is_a_423_without_an_end() {
        Response response = mapper.locked(new PinLockedException(null), null);

        assertProblem(response, 423, "PIN_DISABLED");
        assertThat(Json.tree(response.getEntity()).has("lockedUntil")).isFalse();
    }

    @Test
    void throttling_is_a_429_with_retry_after_in_whole_seconds_rounded_up() {
        Response response = mapper.throttled(new LoginThrottledException(Duration.ofMillis(1500)), null);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(ProblemMapper.retryAfterSeconds(Duration.ofSeconds(30))).isEqualTo("30");
        assertThat(ProblemMapper.retryAfterSeconds(Duration.ZERO)).isEqualTo("1");
        assertThat(ProblemMapper.retryAfterSeconds(null)).isEqualTo("1");
    }

    @Test
    void an_unknown_enum_value_is_a_400_naming_the_field_and_the_allowed_values() {
        JsonProcessingException e =
                unreadable("{\"email\":\"a@example.com\",\"role\":\"KING\"}", InviteMemberRequest.class);

        Response response = mapper.unreadableJson(e, null);

        JsonNode problem = assertProblem(response, 400, "INVALID_VALUE");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("role");
        assertThat(problem.get("detail").asText())
                .contains("MEMBER, ADMIN, SUPERADMIN")
                .doesNotContain("KING");
    }

    @Test
    void a_date_that_is_not_an_iso_date_is_a_400_naming_the_field() {
        JsonProcessingException e = unreadable(
                "{\"intendedStartDate\":\"next week\",\"useCase\":\"x\"}", RequestProductAccessRequest.class);

        JsonNode problem = assertProblem(mapper.unreadableJson(e, null), 400, "WRONG_TYPE");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("intendedStartDate");
    }

    @Test
    void a_missing_nested_field_is_named_by_its_path_in_the_body() {
        CreateAccountRequest request =
                new CreateAccountRequest("Acme", null, new CreateAccountRequest.Owner(null, "Ada"));

        JsonNode problem = assertProblem(
                mapper.constraintViolation(new ConstraintViolationException(Set.copyOf(Violations.of(request))), null),
                400,
                "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("owner.email");
    }

    @Test
    void a_member_given_twice_is_a_400_naming_it() throws Exception {
        ObjectMapper strict = Json.MAPPER.copy();
        new StrictJson().customize(strict);
        JsonProcessingException e = catchThrowableOfType(
                JsonProcessingException.class,
                () -> strict.readValue(
                        "{\"email\":\"a@b.co\",\"password\":\"xxxxxxxxxxxx\",\"email\":\"c@d.co\"}",
                        LoginRequest.class));

        JsonNode problem = assertProblem(mapper.unreadableJson(e, null), 400, "DUPLICATE_FIELD");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("email");
        assertThat(problem.toString()).doesNotContain("c@d.co");
    }

    @Test
    void a_second_value_after_the_body_is_malformed_json() {
        ObjectMapper strict = Json.MAPPER.copy();
        new StrictJson().customize(strict);
        JsonProcessingException e = catchThrowableOfType(
                JsonProcessingException.class,
                () -> strict.readValue(
                        "{\"email\":\"a@b.co\",\"password\":\"xxxxxxxxxxxx\"} {\"email\":\"c@d.co\"}",
                        LoginRequest.class));

        assertProblem(mapper.unreadableJson(e, null), 400, "MALFORMED_JSON");
    }

    @Test
    void a_path_is_logged_with_its_hidden_characters_escaped() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) ->
                        method.getName().equals("getPath") ? "/v1/accounts/\u001B[31m\u202Eevil\n" : null);

        assertThat(ProblemMapper.loggablePath(uri)).isEqualTo("/v1/accounts/\\u001B[31m\\u202Eevil\\u000A");
    }

    @Test
    void a_body_jackson_cannot_bind_is_a_400_not_the_frameworks_empty_500() {
        InvalidDefinitionException e = InvalidDefinitionException.from(
                (JsonParser) null, "No fallback setter/field defined for creator property 'email'", (JavaType) null);

        assertProblem(mapper.invalidDefinition(e, null), 400, "MALFORMED_JSON");
    }

    @Test
    void broken_percent_encoding_in_a_form_is_a_400_and_other_illegal_arguments_stay_server_errors() {
        IllegalArgumentException undecodable = catchThrowableOfType(
                IllegalArgumentException.class,
                () -> URLUtils.decode("%ZZ", StandardCharsets.UTF_8, true, new StringBuilder()));

        assertProblem(mapper.undecodableForm(undecodable, null), 400, "MALFORMED_FORM");
        assertProblem(mapper.undecodableForm(new IllegalArgumentException("a bug of ours"), null), 500, "SERVER_ERROR");
    }

    @Test
    void problems_leave_absent_members_out() {
        JsonNode problem = Json.tree(mapper.permissionDenied(new PermissionDeniedException("no"), null)
                .getEntity());

        assertThat(problem.has("errors")).isFalse();
        assertThat(problem.has("lockedUntil")).isFalse();
        assertThat(problem.has("instance")).isFalse();
    }

    private static JsonNode assertProblem(Response response, int status, String code) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        JsonNode problem = Json.tree(response.getEntity());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        return problem;
    }

    private static JsonProcessingException unreadable(String json, Class<?> type) {
        return catchThrowableOfType(JsonProcessingException.class, () -> Json.read(json, type));
    }
}
