package dev.keysmith.bootstrap.delivery;

import dev.keysmith.bootstrap.mail.SmtpProfile;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * Real SMTP (GreenMail) and a real local HTTP SMS gateway with a webhook secret, for the delivery flow, and a public
 * URL of its own, so the links in messages are seen to start with the setting.
 */
public class DeliveryProfile implements QuarkusTestProfile {

    public static final String WEBHOOK_SECRET = "sms-webhook-test-secret";
    public static final String PUBLIC_URL = "https://keysmith.example.test";

    /** Marks the field that receives the profile's {@link SmsSink}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Sms {}

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "keysmith.outbox.send-timeout",
                "5s",
                "keysmith.sms.webhook-secret",
                WEBHOOK_SECRET,
                "keysmith.public-url",
                PUBLIC_URL);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpProfile.SmtpResource.class), new TestResourceEntry(SmsResource.class));
    }

    /** Runs the SMS gateway for the length of the profile. */
    public static class SmsResource implements QuarkusTestResourceLifecycleManager {

        private SmsSink sink;

        @Override
        public Map<String, String> start() {
            sink = SmsSink.start();
            return Map.of("keysmith.sms.webhook-url", sink.url());
        }

        @Override
        public void inject(TestInjector testInjector) {
            testInjector.injectIntoFields(sink, new TestInjector.AnnotatedAndMatchesType(Sms.class, SmsSink.class));
        }

        @Override
        public void stop() {
            if (sink != null) {
                sink.stop();
            }
        }
    }
}
