package dev.keysmith.bootstrap.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks every response of the REST API that a test receives through REST Assured against the document the
 * service serves at {@code /q/openapi}: the status must be documented for the operation, and the body must match
 * the schema documented for that status and content type. Requests are not checked: tests send hostile ones on
 * purpose. A violation fails the request, and so the test that made it.
 */
public final class ContractFilter implements OrderedFilter {

    /** Responses of these operations are checked; the console, reveal pages and {@code /q} are not the API. */
    private static final String API_PREFIX = "/v1/";

    private static final Set<String> NO_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static final Map<String, Optional<OpenApiInteractionValidator>> VALIDATORS = new ConcurrentHashMap<>();

    private static volatile String test = "(outside a test method)";
    private static volatile Optional<String> exemption = Optional.empty();

    /** Names the test method whose requests follow, for the failure message and the exemptions. */
    static void testing(Class<?> testClass, String method) {
        test = testClass.getSimpleName() + "#" + method;
        exemption = ContractExemptions.reasonFor(testClass, method);
    }

    /** Whether responses of the service at this address are checked: its document declares itself precise. */
    public static boolean checks(URI service) {
        return validator(service).isPresent();
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext next) {
        Response response = next.next(request, expected);
        if (exemption.isPresent()) {
            return response;
        }
        URI uri;
        Request.Method method;
        try {
            uri = URI.create(request.getURI());
            method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAnOperation) {
            return response; // a hostile target or method that no document can name
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(API_PREFIX)) {
            return response;
        }
        violation(uri, method, path, RestAssuredResponse.of(response)).ifPresent(message -> {
            throw new AssertionError(message);
        });
        return response;
    }

    /** Runs first, around the other filters, so it sees the response exactly as the test does. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    /**
     * What is wrong with this response of the service at that address, if anything; empty too when the service's
     * document is not checked against.
     */
    public static Optional<String> violation(
            URI service, Request.Method method, String path, com.atlassian.oai.validator.model.Response response) {
        return validator(service).flatMap(validator -> violation(validator, method, path, response));
    }

    private static Optional<String> violation(
            OpenApiInteractionValidator validator,
            Request.Method method,
            String path,
            com.atlassian.oai.validator.model.Response response) {
        List<Message> errors = validator.validateResponse(path, method, response).getMessages().stream()
                .filter(message -> message.getLevel() == Level.ERROR)
                .toList();
        if (errors.stream().anyMatch(message -> NO_OPERATION.contains(message.getKey()))) {
            // Unknown paths and methods answer 404/405 by design; only a success there is an undocumented operation.
            return response.getStatus() / 100 == 2
                    ? Optional.of(
                            "API contract: %s %s answered %d but the served document has no such operation (test %s)"
                                    .formatted(method, path, response.getStatus(), test))
                    : Optional.empty();
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(describe(method, path, response, errors));
    }

    private static String describe(
            Request.Method method,
            String path,
            com.atlassian.oai.validator.model.Response response,
            List<Message> errors) {
        String operation = errors.stream()
                .map(Message::getContext)
                .flatMap(Optional::stream)
                .map(MessageContext::getApiOperation)
                .flatMap(Optional::stream)
                .findFirst()
                .map(ContractFilter::name)
                .orElse(method + " " + path);
        // The body itself is left out: it may carry a key's secret or a token.
        return "API contract: the response does not match the served document (/q/openapi)%n  test: %s%n  operation: %s%n  request: %s %s%n  status: %d, Content-Type: %s%n%s"
                .formatted(
                        test,
                        operation,
                        method,
                        path,
                        response.getStatus(),
                        response.getHeaderValue("Content-Type").orElse("(none)"),
                        errors.stream().map(ContractFilter::line).collect(Collectors.joining("\n")));
    }

    private static String name(ApiOperation operation) {
        String id = operation.getOperation().getOperationId();
        return operation.getMethod() + " " + operation.getApiPath().original() + (id == null ? "" : " (" + id + ")");
    }

    private static String line(Message message) {
        String details = message.getAdditionalInfo().isEmpty()
                ? ""
                : message.getAdditionalInfo().stream().collect(Collectors.joining("; ", " [", "]"));
        String nested = message.getNestedMessages().stream()
                .map(inner -> "\n      " + inner.getMessage())
                .collect(Collectors.joining());
        return "  - " + message.getKey() + ": " + message.getMessage() + details + nested;
    }

    private static Optional<OpenApiInteractionValidator> validator(URI service) {
        String origin = service.getScheme() + "://" + service.getRawAuthority();
        return VALIDATORS.computeIfAbsent(origin, ContractFilter::load);
    }

    private static Optional<OpenApiInteractionValidator> load(String origin) {
        ServedDocument document = ServedDocument.fetch(URI.create(origin + "/q/openapi?format=json"));
        if (!document.checked()) {
            return Optional.empty();
        }
        LevelResolver levels =
                LevelResolver.create().withDefaultLevel(Level.ERROR).build();
        return Optional.of(OpenApiInteractionValidator.createForInlineApiSpecification(document.forValidator())
                .withLevelResolver(levels)
                .build());
    }
}
