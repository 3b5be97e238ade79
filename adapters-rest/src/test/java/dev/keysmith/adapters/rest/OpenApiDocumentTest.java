package dev.keysmith.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keysmith.adapters.rest.problem.ProblemMapper;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.delivery.DeliveryState;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.key.verification.VerificationCode;
import dev.keysmith.domain.notification.NotificationKind;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-written API contract ({@code META-INF/openapi.yaml}, served at {@code /q/openapi}) cannot drift from the
 * JAX-RS resources: the same operations both ways, the same path and query parameters, the same security, the same
 * request body members, a 204 exactly where a method answers nothing, the same members in answers a method returns
 * directly, and the same enums as the domain.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static Map<String, Object> document;
    private static Map<String, Method> resources;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertThat(in).as("META-INF/openapi.yaml on the class path").isNotNull();
            document = new Yaml().load(in);
        }
        resources = resourceMethods();
    }

    @Test
    void everyResourceMethodIsAnOperationAndEveryOperationAResourceMethod() {
        assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(resources.keySet());
    }

    @Test
    void parametersAreTheResourceMethodsOwn() {
        SoftAssertions softly = new SoftAssertions();
        resources.forEach((operation, method) -> {
            Map<String, Object> documented = operations().get(operation);
            if (documented == null) {
                return;
            }
            softly.assertThat(documentedParameters(documented, "path"))
                    .as("path parameters of %s", operation)
                    .containsExactlyInAnyOrderElementsOf(annotated(method, PathParam.class));
            softly.assertThat(documentedParameters(documented, "query"))
                    .as("query parameters of %s", operation)
                    .containsExactlyInAnyOrderElementsOf(annotated(method, QueryParam.class));
        });
        softly.assertAll();
    }

    @Test
    void securityIsWhatTheResourceEnforces() {
        SoftAssertions softly = new SoftAssertions();
        resources.forEach((operation, method) -> {
            Map<String, Object> documented = operations().get(operation);
            if (documented == null) {
                return;
            }
            softly.assertThat(requirements(documented))
                    .as("security of %s", operation)
                    .isEqualTo(enforced(method));
        });
        softly.assertAll();
    }

    @Test
    void requestBodiesHaveTheRequestRecordsMembersAndMediaType() {
        SoftAssertions softly = new SoftAssertions();
        resources.forEach((operation, method) -> {
            Map<String, Object> documented = operations().get(operation);
            if (documented == null) {
                return;
            }
            Map<String, Object> body = map(documented.get("requestBody"));
            Class<?> entity = entityParameter(method);
            List<String> form = annotated(method, FormParam.class);
            if (entity == null && form.isEmpty()) {
                softly.assertThat(body).as("request body of %s", operation).isNull();
                return;
            }
            softly.assertThat(body).as("request body of %s", operation).isNotNull();
            if (body == null) {
                return;
            }
            softly.assertThat(body.get("required"))
                    .as("request body of %s is required", operation)
                    .isEqualTo(true);
            Map<String, Object> content = map(body.get("content"));
            softly.assertThat(content.keySet())
                    .as("request media type of %s", operation)
                    .containsExactly(consumes(method));
            Map<String, Object> schema =
                    map(map(content.values().iterator().next()).get("schema"));
            Set<String> members = entity == null ? new TreeSet<>(form) : recordMembers(entity);
            softly.assertThat(properties(schema).keySet())
                    .as("request body members of %s", operation)
                    .containsExactlyInAnyOrderElementsOf(members);
        });
        softly.assertAll();
    }

    @Test
    void aMethodThatAnswersNothingIsDocumentedWith204AndOnlyThat() {
        SoftAssertions softly = new SoftAssertions();
        resources.forEach((operation, method) -> {
            Map<String, Object> documented = operations().get(operation);
            if (documented == null) {
                return;
            }
            Set<String> successes = new TreeSet<>();
            map(documented.get("responses")).keySet().stream()
                    .filter(status -> status.startsWith("2"))
                    .forEach(successes::add);
            if (method.getReturnType() == void.class) {
                softly.assertThat(successes).as("success of %s", operation).containsExactly("204");
            } else if (method.getReturnType() == Response.class) {
                softly.assertThat(successes).as("success of %s", operation).hasSize(1);
            } else {
                softly.assertThat(successes).as("success of %s", operation).containsExactly("200");
            }
        });
        softly.assertAll();
    }

    @Test
    void answersAMethodReturnsDirectlyHaveItsRecordsMembers() {
        SoftAssertions softly = new SoftAssertions();
        resources.forEach((operation, method) -> {
            Map<String, Object> documented = operations().get(operation);
            Type type = method.getGenericReturnType();
            if (documented == null
                    || method.getReturnType() == void.class
                    || method.getReturnType() == Response.class) {
                return;
            }
            if (type instanceof ParameterizedType generic
                    && generic.getRawType().getTypeName().equals("io.smallrye.mutiny.Uni")) {
                type = generic.getActualTypeArguments()[0];
            }
            Map<String, Object> answer =
                    resolve(map(map(documented.get("responses")).get("200")));
            Map<String, Object> schema =
                    map(map(map(answer.get("content")).get("application/json")).get("schema"));
            schema = resolve(schema);
            if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
                softly.assertThat(schema.get("type"))
                        .as("answer of %s", operation)
                        .isEqualTo("array");
                schema = map(schema.get("items"));
                type = generic.getActualTypeArguments()[0];
            }
            Class<?> record =
                    type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
            softly.assertThat(properties(schema).keySet())
                    .as("answer members of %s", operation)
                    .containsExactlyInAnyOrderElementsOf(recordMembers(record));
        });
        softly.assertAll();
    }

    @Test
    void enumsAreTheDomainsOwn() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("Role", Role.class);
        enums.put("AccountStatus", AccountStatus.class);
        enums.put("AccessState", AccessState.class);
        enums.put("KeyStatus", KeyStatus.class);
        enums.put("VerificationCode", VerificationCode.class);
        enums.put("ActorType", ActorType.class);
        enums.put("AuditAction", AuditAction.class);
        enums.put("NotificationKind", NotificationKind.class);
        enums.put("DeliveryState", DeliveryState.class);
        SoftAssertions softly = new SoftAssertions();
        enums.forEach((name, type) -> softly.assertThat(
                        map(map(map(document.get("components")).get("schemas")).get(name))
                                .get("enum"))
                .as("enum %s", name)
                .isEqualTo(
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        softly.assertAll();
    }

    /** "METHOD /path" of every operation in the document. */
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        map(document.get("paths"))
                .forEach((path, item) -> map(item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, map(operation));
                    }
                }));
        return operations;
    }

    /** "METHOD /path" of every resource method of this module. */
    private static Map<String, Method> resourceMethods() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(ProblemMapper.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Map<String, Method> found = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value()))
                            .replaceAll("/+", "/")
                            .replaceAll("(.)/$", "$1");
                    found.put(http + " " + path, method);
                }
            }
        }
        assertThat(found).as("resource methods found in %s", classes).hasSizeGreaterThan(40);
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> annotated(Method method, Class<? extends Annotation> kind) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Annotation annotation = parameter.getAnnotation(kind);
            if (annotation instanceof PathParam p) {
                names.add(p.value());
            } else if (annotation instanceof QueryParam q) {
                names.add(q.value());
            } else if (annotation instanceof FormParam f) {
                names.add(f.value());
            }
        }
        return names;
    }

    private static List<String> documentedParameters(Map<String, Object> operation, String in) {
        List<String> names = new ArrayList<>();
        for (Object parameter : list(operation.get("parameters"))) {
            Map<String, Object> p = resolve(map(parameter));
            if (in.equals(p.get("in"))) {
                names.add((String) p.get("name"));
            }
        }
        return names;
    }

    /** The body parameter: one without a JAX-RS annotation that is not a context object. */
    private static Class<?> entityParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean bound = Stream.of(
                            PathParam.class, QueryParam.class, FormParam.class, HeaderParam.class, Context.class)
                    .anyMatch(parameter::isAnnotationPresent);
            if (!bound && parameter.getType() != UriInfo.class) {
                return parameter.getType();
            }
        }
        return null;
    }

    private static String consumes(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? "application/json" : consumes.value()[0];
    }

    /** The JSON member names of a record, as Jackson writes and reads them. */
    private static Set<String> recordMembers(Class<?> record) {
        assertThat(record.isRecord()).as("%s is a record", record.getName()).isTrue();
        Set<String> members = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null && component.getAnnotation(JsonProperty.class) != null) {
                renamed = component.getAnnotation(JsonProperty.class);
            }
            members.add(renamed == null ? component.getName() : renamed.value());
        }
        return members;
    }

    /** The security requirements the resource method's annotations make, as the document writes them. */
    private static Set<Map<String, Set<String>>> enforced(Method method) {
        Annotation[] levels = {
            firstOf(method, RolesAllowed.class, PermitAll.class, Authenticated.class),
            firstOf(method.getDeclaringClass(), RolesAllowed.class, PermitAll.class, Authenticated.class)
        };
        Annotation security = levels[0] != null ? levels[0] : levels[1];
        Set<Map<String, Set<String>>> requirements = new HashSet<>();
        if (security instanceof RolesAllowed roles) {
            for (String role : roles.value()) {
                requirements.add(Map.of(role.equals(Roles.VERIFIER) ? "verifierClient" : "userToken", Set.of(role)));
            }
        } else if (security instanceof Authenticated) {
            requirements.add(Map.of("userToken", Set.of()));
            requirements.add(Map.of("verifierClient", Set.of()));
        }
        return requirements;
    }

    private static Annotation firstOf(java.lang.reflect.AnnotatedElement element, Class<?>... kinds) {
        for (Annotation annotation : element.getAnnotations()) {
            for (Class<?> kind : kinds) {
                if (kind.isInstance(annotation)) {
                    return annotation;
                }
            }
        }
        return null;
    }

    private static Set<Map<String, Set<String>>> requirements(Map<String, Object> operation) {
        assertThat(operation).as("operation states its security").containsKey("security");
        Set<Map<String, Set<String>>> requirements = new HashSet<>();
        for (Object requirement : list(operation.get("security"))) {
            Map<String, Set<String>> scheme = new LinkedHashMap<>();
            map(requirement).forEach((name, roles) -> scheme.put(name, new LinkedHashSet<>(stringList(roles))));
            requirements.add(scheme);
        }
        return requirements;
    }

    /** The members of a schema, through {@code $ref} and {@code allOf}. */
    private static Map<String, Object> properties(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        Map<String, Object> properties = new TreeMap<>(map(resolved.getOrDefault("properties", Map.of())));
        for (Object part : list(resolved.get("allOf"))) {
            properties.putAll(properties(map(part)));
        }
        return properties;
    }

    private static Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node == null ? null : node.get("$ref");
        if (ref == null) {
            return node == null ? Map.of() : node;
        }
        Map<String, Object> target = document;
        for (String step : ref.toString().substring(2).split("/")) {
            target = map(target.get(step));
        }
        return resolve(target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
