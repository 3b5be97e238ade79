package dev.keysmith.bootstrap.mail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/** Points the mailer at a local SMTP server the tests control, instead of the mock mailbox the other tests use. */
public class SmtpProfile implements QuarkusTestProfile {

    /** Marks the field that receives the profile's {@link TestSmtpServer}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Smtp {}

    @Override
    public Map<String, String> getConfigOverrides() {
        // A hung server fails the attempt after two seconds here; the attempt's outcome is the same as after 30.
        return Map.of("keysmith.outbox.send-timeout", "2s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpResource.class));
    }

    /** Runs the SMTP server for the length of the profile. */
    public static class SmtpResource implements QuarkusTestResourceLifecycleManager {

        private TestSmtpServer server;

        @Override
        public Map<String, String> start() {
            server = TestSmtpServer.startOnFreePort();
            return Map.of(
                    "quarkus.mailer.host",
                    server.host(),
                    "quarkus.mailer.port",
                    String.valueOf(server.port()),
                    "quarkus.mailer.mock",
                    "false",
                    "quarkus.mailer.from",
                    "keysmith@test.local");
        }

        @Override
        public void inject(TestInjector testInjector) {
            testInjector.injectIntoFields(
                    server, new TestInjector.AnnotatedAndMatchesType(Smtp.class, TestSmtpServer.class));
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }
}
