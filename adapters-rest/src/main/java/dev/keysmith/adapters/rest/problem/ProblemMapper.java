package dev.keysmith.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.keysmith.application.port.out.VerificationUnavailableException;
import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.GoneException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.LockedException;
import dev.keysmith.domain.shared.NotFoundException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become HTTP: typed domain and application errors, validation failures,
 * unreadable bodies and security refusals all leave as problem details with a stable {@code code}.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return respond(
                400,
                "Invalid request",
                e.getMessage(),
                e.code(),
                uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(404, "Not found", e.getMessage(), e.code(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response gone(GoneException e, UriInfo uri) {
        return respond(410, "Gone", e.getMessage(), e.code(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(409, "Conflict", e.getMessage(), e.code(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response permissionDenied(PermissionDeniedException e, UriInfo uri) {
        return respond(403, "Forbidden", e.getMessage(), e.code(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response locked(LockedException e, UriInfo uri) {
        Problem problem =
                problem(423, "Locked", e.getMessage(), e.code(), uri, List.of()).withLockedUntil(e.until());
        return Response.status(423).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response throttled(ThrottledException e, UriInfo uri) {
        return Response.fromResponse(respond(429, "Too many requests", e.getMessage(), e.code(), uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(e.retryAfter()))
                .build();
    }

    @ServerExceptionMapper
    public Response wrongCredentials(UnauthenticatedException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "Unauthorized", e.getMessage(), e.code(), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return respond(400, "Request refused", e.getMessage(), e.code(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, "VALIDATION_FAILED", uri, errors);
    }

    // The specific Jackson types are named so these mappers win over the framework's built-in ones.
    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (duplicateMember(e) != null) {
            return duplicateField(duplicateMember(e), uri);
        }
        if (trailingContent(e)) {
            return respond(
                    400,
                    "Malformed JSON",
                    "the request body holds more than one JSON value",
                    "MALFORMED_JSON",
                    uri,
                    List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return respond(
                    400,
                    "Invalid request",
                    "unknown field '" + unknown.getPropertyName() + "'",
                    "UNKNOWN_FIELD",
                    uri,
                    List.of(new Problem.FieldError(unknown.getPropertyName(), "unknown field")));
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = pathOf(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return respond(
                    400,
                    "Invalid request",
                    "field '" + field + "' must be one of " + allowed,
                    "INVALID_VALUE",
                    uri,
                    List.of(new Problem.FieldError(field, "must be one of " + allowed)));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = pathOf((MismatchedInputException) e);
            return respond(
                    400,
                    "Invalid request",
                    "field '" + field + "' has the wrong type",
                    "WRONG_TYPE",
                    uri,
                    List.of(new Problem.FieldError(field, "wrong type")));
        }
        // The parser's message may quote the body, which could hold a secret: say only that it is malformed.
        return respond(400, "Malformed JSON", "the request body is not valid JSON", "MALFORMED_JSON", uri, List.of());
    }

    // Quarkus maps this type itself to an empty 500, and a body that cannot fill a request record is the client's
    // doing.
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    private static Response duplicateField(String field, UriInfo uri) {
        return respond(
                400,
                "Invalid request",
                "field '" + field + "' appears more than once",
                "DUPLICATE_FIELD",
                uri,
                List.of(new Problem.FieldError(field, "appears more than once")));
    }

    /** The member a strict parser found twice, or null: which of two values was meant cannot be guessed. */
    private static String duplicateMember(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String prefix = "Duplicate field '";
        if (e instanceof JsonParseException
                && message != null
                && message.startsWith(prefix)
                && message.lastIndexOf('\'') > prefix.length() - 1) {
            return message.substring(prefix.length(), message.lastIndexOf('\''));
        }
        return null;
    }

    /** Content after the body's one JSON value: a second document that might have been meant instead. */
    private static boolean trailingContent(JsonProcessingException e) {
        return e instanceof MismatchedInputException
                && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token");
    }

    // A form body with broken percent-encoding fails in the framework's form reader before any resource runs.
    @ServerExceptionMapper
    public Response undecodableForm(IllegalArgumentException e, UriInfo uri) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0
                && trace[0].getClassName().startsWith("org.jboss.resteasy.reactive.common.util.URLUtils")) {
            return respond(
                    400,
                    "Malformed form",
                    "the request body is not valid form encoding",
                    "MALFORMED_FORM",
                    uri,
                    List.of());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "your role does not allow this", "FORBIDDEN", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request to %s failed", loggablePath(uri));
            return respond(
                    status, "Server error", "the request could not be completed", "SERVER_ERROR", uri, List.of());
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String code = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        return respond(status, title, title.toLowerCase(Locale.ROOT), code, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("request to %s failed: the database is unreachable", loggablePath(uri));
            return databaseUnavailable(uri);
        }
        LOG.errorf(e, "request to %s failed", loggablePath(uri));
        return respond(500, "Server error", "the request could not be completed", "SERVER_ERROR", uri, List.of());
    }

    @ServerExceptionMapper
    public Response verificationUnavailable(VerificationUnavailableException e, UriInfo uri) {
        return databaseUnavailable(uri);
    }

    private static Response databaseUnavailable(UriInfo uri) {
        return Response.fromResponse(respond(
                        503,
                        "Service unavailable",
                        "the database cannot be reached; retry shortly",
                        "DATABASE_UNAVAILABLE",
                        uri,
                        List.of()))
                .header("Retry-After", "1")
                .build();
    }

    /** The database unreachable, stopping, recovering or full, anywhere in the failure (see DatabaseUnavailability). */
    private static boolean databaseUnreachable(Throwable e) {
        return DatabaseUnavailability.causedBy(e);
    }

    /** The request path for a log line, with anything but visible ASCII escaped so a path cannot forge log lines. */
    static String loggablePath(UriInfo uri) {
        if (uri == null) {
            return "(unknown)";
        }
        StringBuilder out = new StringBuilder();
        uri.getPath().codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(
                        401, "Unauthorized", "a valid bearer token is required", "UNAUTHORIZED", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response respond(
            int status, String title, String detail, String code, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(status, title, detail, code, uri, errors))
                .build();
    }

    private static Problem problem(
            int status, String title, String detail, String code, UriInfo uri, List<Problem.FieldError> errors) {
        return new Problem(
                "about:blank", title, status, detail, code, uri == null ? null : uri.getPath(), errors, null);
    }

    /** Whole seconds, rounded up so a client never retries early, and at least one. */
    static String retryAfterSeconds(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            return "1";
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return String.valueOf(seconds);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Skip the method and parameter nodes: clients know fields of their body, not Java parameter names.
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> field = null;
                default -> field = field == null ? node.toString() : field + "." + node;
            }
        }
        return field == null ? "body" : field;
    }

    private static String pathOf(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path.replace(".[", "[");
    }
}
