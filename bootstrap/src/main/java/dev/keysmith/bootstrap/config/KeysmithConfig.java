package dev.keysmith.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keysmith's own settings ({@code keysmith.*}, or {@code KEYSMITH_*} in the environment), each with its default,
 * read once here and handed to the core and the adapters as plain records by the wiring. Durations follow
 * {@link DurationGrammar}; schedules {@link JobSchedule}. The data directory ({@code keysmith.data-dir}) is read
 * before Quarkus starts, by {@link EmbeddedDefaults}.
 */
@ConfigMapping(prefix = "keysmith")
public interface KeysmithConfig {

    Keys keys();

    Bootstrap bootstrap();

    Usage usage();

    Expiry expiry();

    Verification verification();

    Outbox outbox();

    Mail mail();

    Http http();

    Otel otel();

    /** The address the service is reached at from outside: delivery links start with it. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Delivery delivery();

    Sms sms();

    interface Delivery {

        /** How long a key's delivery link (and its SMS code) works. */
        @WithDefault("72h")
        @WithConverter(DurationGrammar.class)
        Duration ttl();
    }

    interface Sms {

        /** The SMS gateway's webhook: POST {"to","text"} as JSON; unset: files in the data directory. */
        Optional<String> webhookUrl();

        /** Signs each webhook body (X-Keysmith-Signature, hex HMAC-SHA-256) when set. */
        Optional<String> webhookSecret();

        /** Where SMS are written instead of sent without a webhook (set by the embedded defaults). */
        Optional<String> fileOutbox();
    }

    interface Keys {

        /** Secret mixed into every stored key hash, never in the database; the embedded default keeps one. */
        String pepper();

        /** Deployment environment written into every key: {@code live} or {@code test}. */
        @WithDefault("live")
        String environment();

        /** Most ACTIVE or DISABLED keys an account may hold per product. */
        @WithDefault("50")
        int maxPerProduct();
    }

    interface Bootstrap {

        Operator operator();

        /** The first operator, created on a start with none; without a password one is generated and printed once. */
        interface Operator {

            @WithDefault("operator@keysmith.local")
            String email();

            Optional<String> password();
        }
    }

    interface Usage {

        /** How often coalesced last-use times are written. */
        @WithDefault("10s")
        @WithConverter(JobSchedule.Grammar.class)
        JobSchedule flushInterval();

        /**
         * A use is written only where it moves a key's stored last-use time forward by more than this; a key's first
         * use is always written.
         */
        @WithDefault("1m")
        @WithConverter(DurationGrammar.class)
        Duration precision();
    }

    interface Expiry {

        /** Keys unused this long expire. */
        @WithDefault("90d")
        @WithConverter(DurationGrammar.class)
        Duration inactivity();

        /** How long before that the owners are warned, each stage once per key and window. */
        @WithDefault("15d,7d,1d")
        @WithConverter(DurationGrammar.class)
        List<Duration> warnings();

        /** When the sweeper runs: an interval, a cron expression or off. Every instance runs it, one at a time. */
        @WithDefault("1h")
        @WithConverter(JobSchedule.Grammar.class)
        JobSchedule schedule();

        /** Keys per sweep transaction. */
        @WithDefault("1000")
        int batchSize();

        /** Keys named in one warning email; the rest are counted. */
        @WithDefault("200")
        int maxKeysPerEmail();

        /** Workers expiring idle keys side by side, each its own slice, thread and connection. */
        @WithDefault("2")
        int expiryWorkers();
    }

    interface Verification {

        /** Snapshot entries kept per instance (about 0.7 KB of heap each). */
        @WithDefault("300000")
        long cacheSize();

        /** How long cached answers are trusted after the change listener last heard the database. */
        @WithDefault("30s")
        @WithConverter(DurationGrammar.class)
        Duration maxStaleness();

        /** The longest a verification that misses the snapshot waits for the database; bounds readiness too. */
        @WithDefault("250ms")
        @WithConverter(DurationGrammar.class)
        Duration databaseTimeout();
    }

    interface Outbox {

        /** How often each instance's worker sends what is due; off stops it on this instance. */
        @WithDefault("5s")
        @WithConverter(JobSchedule.Grammar.class)
        JobSchedule pollInterval();

        /** Attempts per message before it is given up (and kept, with its last error). */
        @WithDefault("10")
        int maxAttempts();

        /** The wait after a failed attempt: the base, doubled after each further failure, at most the cap. */
        @WithDefault("30s")
        @WithConverter(DurationGrammar.class)
        Duration backoffBase();

        @WithDefault("1h")
        @WithConverter(DurationGrammar.class)
        Duration backoffCap();

        /** Messages one worker round sends at most. */
        @WithDefault("100")
        int batchSize();

        /** How long one SMTP send may take (under the 60 s transaction timeout: the worker holds the row lock). */
        @WithDefault("30s")
        @WithConverter(DurationGrammar.class)
        Duration sendTimeout();
    }

    interface Mail {

        /** Where email is written instead of sent when the start found no SMTP host (set by the embedded defaults). */
        Optional<String> fileOutbox();
    }

    interface Http {

        /**
         * One log line per HTTP request (category {@code dev.keysmith.access}): method, path with link tokens masked,
         * status, milliseconds, request id, client address.
         */
        @WithDefault("true")
        boolean accessLog();

        /**
         * How long an access line may wait to be written to the console with the lines after it (batches of whole
         * lines, up to 4 KB, one write each); {@code 0ms}: each line at once. A kill -9 loses at most this much.
         */
        @WithDefault("100ms")
        @WithConverter(DurationGrammar.class)
        Duration accessLogFlush();
    }

    interface Otel {

        /**
         * The OTLP/HTTP receiver spans are sent to (e.g. {@code http://collector:4318}; they go to
         * {@code /v1/traces} under it). Unset: no tracing at all.
         */
        Optional<String> exporterEndpoint();
    }
}
