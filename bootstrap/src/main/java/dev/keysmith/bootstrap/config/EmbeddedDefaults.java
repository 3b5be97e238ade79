package dev.keysmith.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The zero-setup default of SPEC §4: when no datasource is configured, start a PostgreSQL whose data lives
 * in the data directory, and keep the signing keys and the pepper there too, so a restart finds them all.
 * Without an SMTP host, email is written to files in the data directory instead of sent. Anything configured
 * explicitly wins. Settings are handed to Quarkus as system properties.
 */
public final class EmbeddedDefaults implements AutoCloseable {

    public static final String EMBEDDED_FLAG = "keysmith.embedded.active";
    /** Where email goes without an SMTP host; read by the outbox wiring. */
    public static final String FILE_OUTBOX = "keysmith.mail.file-outbox";

    static final String MAIL_OUTBOX = "mail-outbox";
    /** Where SMS go without a webhook; read by the outbox wiring. */
    public static final String SMS_FILE_OUTBOX = "keysmith.sms.file-outbox";

    static final String SMS_OUTBOX = "sms-outbox";
    private static final String EMBEDDED_DATABASE_CLASS = "dev.keysmith.embedded.EmbeddedDatabase";
    static final List<String> SHARED_SECRETS =
            List.of("smallrye.jwt.sign.key.location", "mp.jwt.verify.publickey.location", "keysmith.keys.pepper");
    private static final Logger LOG = Logger.getLogger(EmbeddedDefaults.class);

    private final AutoCloseable database;

    private EmbeddedDefaults(AutoCloseable database) {
        this.database = database;
    }

    public static EmbeddedDefaults prepare(Map<String, String> environment) {
        return prepare(PreStartSettings.fromEnvironment(environment));
    }

    public static EmbeddedDefaults prepare(PreStartSettings settings) {
        mailToFilesWithoutSmtp(settings);
        smsToFilesWithoutWebhook(settings);
        if (settings.isSet("quarkus.datasource.jdbc.url")) {
            requireSharedSecrets(settings);
            return new EmbeddedDefaults(null);
        }
        Path dataDirectory = DataDirectory.resolve(settings);
        LOG.infof("No datasource configured: using the embedded PostgreSQL in %s", dataDirectory.toAbsolutePath());
        AutoCloseable database = startDatabase(dataDirectory.resolve("postgres"));
        try {
            useLeastPrivilegeRoles(dataDirectory.resolve("database-roles"));
            if (!settings.isSet("smallrye.jwt.sign.key.location")
                    && !settings.isSet("mp.jwt.verify.publickey.location")) {
                SigningKeyFiles keys = SigningKeyFiles.keepIn(dataDirectory.resolve("jwt"));
                System.setProperty(
                        "smallrye.jwt.sign.key.location",
                        keys.privateKey().toAbsolutePath().toString());
                System.setProperty(
                        "mp.jwt.verify.publickey.location",
                        keys.publicKey().toAbsolutePath().toString());
            }
            if (!settings.isSet("keysmith.keys.pepper")) {
                System.setProperty("keysmith.keys.pepper", PepperFile.keepIn(dataDirectory.resolve("pepper")));
            }
        } catch (IOException e) {
            closeQuietly(database);
            throw new UncheckedIOException("could not prepare the data directory " + dataDirectory, e);
        }
        System.setProperty(EMBEDDED_FLAG, "true");
        return new EmbeddedDefaults(database);
    }

    /**
     * Without an SMTP host, email is written to files in the data directory instead of sent, so a mail-less
     * installation still works; the mailer is switched to its mock so that nothing ever dials localhost:25.
     */
    static void mailToFilesWithoutSmtp(PreStartSettings settings) {
        if (!settings.isSet("quarkus.mailer.host") && !settings.isSet("quarkus.mailer.mock")) {
            Path files = DataDirectory.resolve(settings).resolve(MAIL_OUTBOX).toAbsolutePath();
            LOG.infof(
                    "No SMTP host configured (QUARKUS_MAILER_HOST): email is written to files in %s, not sent", files);
            System.setProperty(FILE_OUTBOX, files.toString());
            System.setProperty("quarkus.mailer.mock", "true");
        }
    }

    /** Without an SMS webhook, SMS are written to files in the data directory instead of sent, like email. */
    static void smsToFilesWithoutWebhook(PreStartSettings settings) {
        if (!settings.isSet("keysmith.sms.webhook-url") && !settings.isSet(SMS_FILE_OUTBOX)) {
            Path files = DataDirectory.resolve(settings).resolve(SMS_OUTBOX).toAbsolutePath();
            LOG.infof("No SMS webhook configured (KEYSMITH_SMS_WEBHOOK_URL): SMS are written to files in %s", files);
            System.setProperty(SMS_FILE_OUTBOX, files.toString());
        }
    }

    /**
     * With an external database every instance must share the signing keys and the pepper: refuse to start,
     * naming what is missing, rather than let each instance invent its own.
     */
    static void requireSharedSecrets(PreStartSettings settings) {
        List<String> missing = SHARED_SECRETS.stream()
                .filter(property -> !settings.isSet(property))
                .map(PreStartSettings::environmentName)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "Keysmith cannot start: with an external database (QUARKUS_DATASOURCE_JDBC_URL) "
                            + "these must be set (environment, system properties, .env, or a file named in "
                            + "QUARKUS_CONFIG_LOCATIONS), because every instance shares them: "
                            + String.join(", ", missing));
        }
    }

    private static AutoCloseable startDatabase(Path postgresDirectory) {
        // Looked up by name: the native image is built without the embedded database and its binaries.
        try {
            Class<?> type = Class.forName(EMBEDDED_DATABASE_CLASS);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle start =
                    lookup.findStatic(type, "start", MethodType.methodType(type, Path.class, String.class));
            Object database = start.invoke(postgresDirectory, "keysmith");
            System.setProperty("quarkus.datasource.jdbc.url", (String)
                    lookup.findVirtual(type, "jdbcUrl", MethodType.methodType(String.class))
                            .invoke(database));
            System.setProperty("quarkus.datasource.username", (String)
                    lookup.findVirtual(type, "username", MethodType.methodType(String.class))
                            .invoke(database));
            System.setProperty("quarkus.datasource.password", (String)
                    lookup.findVirtual(type, "password", MethodType.methodType(String.class))
                            .invoke(database));
            return (AutoCloseable) database;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No datasource configured and this build has no embedded database: "
                    + "set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    /** The service connects as a role that owns nothing; migrations run as the owner (see {@link DatabaseRoles}). */
    private static void useLeastPrivilegeRoles(Path passwordDirectory) throws IOException {
        Map<String, String> settings = DatabaseRoles.prepare(
                System.getProperty("quarkus.datasource.jdbc.url"),
                System.getProperty("quarkus.datasource.username"),
                System.getProperty("quarkus.datasource.password"),
                passwordDirectory);
        settings.forEach(System::setProperty);
    }

    @Override
    public synchronized void close() {
        closeQuietly(database);
    }

    private static void closeQuietly(AutoCloseable database) {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
