package dev.keysmith.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in deploy/kubernetes and the Helm chart rendered by Helm's own engine agree with the
 * application: its ports, probes on the management port, the secrets the start-up check demands given as mounted
 * files, a read-only root file system with a writable scratch volume, a non-root user, two replicas kept by a
 * disruption budget.
 */
class DeploymentManifestsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** What EmbeddedDefaults refuses to start without, next to an external database. */
    private static final List<String> SHARED_SECRETS =
            List.of("smallrye.jwt.sign.key.location", "mp.jwt.verify.publickey.location", "keysmith.keys.pepper");

    static Stream<Arguments> deployments() throws IOException {
        StringBuilder manifests = new StringBuilder();
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("deploy/kubernetes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                manifests.append(Files.readString(file)).append("\n---\n");
            }
        }
        String chart = new Helm(REPOSITORY.resolve("deploy/helm/keysmith"))
                .template()
                .withName("keysmith")
                .set("secrets.create", true)
                .set("secrets.pepper", "c2VjcmV0LXBlcHBlci1mb3ItdGhlLXRlc3Q=")
                .set("secrets.databasePassword", "database-password")
                .set("secrets.privateKey", "-----BEGIN PRIVATE KEY-----")
                .set("secrets.publicKey", "-----BEGIN PUBLIC KEY-----")
                .call();
        return Stream.of(
                Arguments.of("deploy/kubernetes", documents(manifests.toString())),
                Arguments.of("deploy/helm/keysmith", documents(chart)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void portsAndProbesAreTheApplicationsOwn(String source, List<Map<String, Object>> documents) throws IOException {
        Properties application = applicationProperties();
        Map<String, Object> container = container(documents);
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (Map<String, Object> port : list(container, "ports")) {
            ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }

        assertThat(ports)
                .containsEntry("http", Integer.valueOf(application.getProperty("quarkus.http.port")))
                .containsEntry("management", Integer.valueOf(application.getProperty("quarkus.management.port")));
        assertThat(application.getProperty("quarkus.management.enabled")).isEqualTo("true");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertThat(get.get("port")).as(probe).isEqualTo("management");
            assertThat((String) get.get("path"))
                    .as(probe)
                    .isEqualTo(probe.equals("readinessProbe") ? "/q/health/ready" : "/q/health/live");
        }
        Map<String, Object> service = kind(documents, "Service");
        assertThat(map(list(map(service, "spec"), "ports").get(0), null).get("targetPort"))
                .isEqualTo("http");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void everySharedSecretIsAMountedFileOfASecret(String source, List<Map<String, Object>> documents) {
        Map<String, Object> container = container(documents);
        Map<String, String> env = new java.util.HashMap<>();
        for (Map<String, Object> variable : list(container, "env")) {
            env.put((String) variable.get("name"), String.valueOf(variable.get("value")));
        }
        String properties = secretFile(documents, env.get("QUARKUS_CONFIG_LOCATIONS"));

        for (String secret : SHARED_SECRETS) {
            String variable = secret.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            if (secret.endsWith(".location")) {
                assertThat(env).as(secret).containsKey(variable);
                assertThat(secretFile(documents, env.get(variable))).as(secret).isNotBlank();
            } else {
                assertThat(properties).as(secret).contains(secret + "=");
            }
        }
        assertThat(properties).contains("quarkus.datasource.username=", "quarkus.datasource.password=");
        assertThat(env.keySet()).noneMatch(name -> name.contains("PASSWORD") || name.contains("PEPPER"));
        Map<String, Object> configMap = kind(documents, "ConfigMap");
        assertThat(map(configMap, "data")).containsKey("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(map(map(list(container, "envFrom").get(0), null), "configMapRef")
                        .get("name"))
                .isEqualTo(map(configMap, "metadata").get("name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void itRunsAsANonRootUserOnAReadOnlyFileSystemInTwoReplicasKeptByABudget(
            String source, List<Map<String, Object>> documents) {
        Map<String, Object> deployment = kind(documents, "Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        Map<String, Object> container = container(documents);

        assertThat(spec.get("replicas")).isEqualTo(2);
        assertThat(map(pod, "securityContext"))
                .containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 185);
        assertThat(map(container, "securityContext"))
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(map(map(container, "resources"), "limits")).containsKey("memory");
        assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
        String scratch = list(container, "volumeMounts").stream()
                .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .map(mount -> (String) mount.get("name"))
                .findFirst()
                .orElseThrow();
        assertThat(volume(pod, scratch)).containsKey("emptyDir");

        Map<String, Object> budget = kind(documents, "PodDisruptionBudget");
        assertThat((Integer) map(budget, "spec").get("minAvailable")).isLessThan((Integer) spec.get("replicas"));
        Map<String, Object> podLabels = map(map(map(spec, "template"), "metadata"), "labels");
        assertThat(podLabels).containsAllEntriesOf(map(map(map(budget, "spec"), "selector"), "matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(map(map(kind(documents, "Service"), "spec"), "selector"));
    }

    /** The content of the Secret key mounted at {@code path}, through the volume mounted at its directory. */
    private static String secretFile(List<Map<String, Object>> documents, String path) {
        assertThat(path).isNotNull();
        Path file = Path.of(path);
        Map<String, Object> container = container(documents);
        Map<String, Object> pod = map(map(map(kind(documents, "Deployment"), "spec"), "template"), "spec");
        Map<String, Object> mount = list(container, "volumeMounts").stream()
                .filter(m -> file.getParent().toString().equals(m.get("mountPath")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at " + file.getParent()));
        assertThat(mount.get("readOnly")).isEqualTo(true);
        String secretName =
                (String) map(volume(pod, (String) mount.get("name")), "secret").get("secretName");
        Map<String, Object> secret = documents.stream()
                .filter(d -> "Secret".equals(d.get("kind"))
                        && secretName.equals(map(d, "metadata").get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Secret " + secretName));
        return (String) map(secret, "stringData").get(file.getFileName().toString());
    }

    private static Map<String, Object> volume(Map<String, Object> pod, String name) {
        return list(pod, "volumes").stream()
                .filter(v -> name.equals(v.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private static Map<String, Object> container(List<Map<String, Object>> documents) {
        Map<String, Object> pod = map(map(map(kind(documents, "Deployment"), "spec"), "template"), "spec");
        return list(pod, "containers").get(0);
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream()
                .filter(d -> kind.equals(d.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object parent, String key) {
        Object value = key == null ? parent : ((Map<String, Object>) parent).get(key);
        return (Map<String, Object>) Objects.requireNonNull(value, key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) Objects.requireNonNull(parent.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
