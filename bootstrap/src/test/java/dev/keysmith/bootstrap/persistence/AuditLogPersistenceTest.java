package dev.keysmith.bootstrap.persistence;

import static dev.keysmith.bootstrap.persistence.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuditLogPersistenceTest {

    @Inject
    AuditLogPort log;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerName;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void everyFieldOfAnEventSurvivesTheRoundTrip() {
        AccountId account = AccountId.random();
        Map<String, String> details = Map.of("name", "Marketing \"Automation\" – Zürich", "a=b", "c=d",
                "scopes", "read,write", "empty", "");
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Stored.now(), ActorType.USER,
                UUID.randomUUID().toString(), AuditAction.KEY_GENERATED, "key", UUID.randomUUID().toString(), account,
                "2001:db8::1", details);

        append(event);

        List<PositionedEvent> found = read(() -> log.loadEvents(account, null, null, null, 10));
        assertThat(found).extracting(PositionedEvent::event).containsExactly(event);
        assertThat(found.get(0).position()).isPositive();
    }

    /** The column holds the constant's name, the value the API has always shown, and reads back as the constant. */
    @Test
    void everyActionIsStoredUnderItsNameAndReadBack() throws Exception {
        AccountId account = AccountId.random();
        List<AuditEvent> events = Arrays.stream(AuditAction.values())
                .map(action -> event(account, action, UUID.randomUUID().toString())).toList();

        QuarkusTransaction.requiringNew().run(() -> log.appendAll(events));

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, events.size()))))
                .containsExactlyInAnyOrderElementsOf(events);
        List<String> stored = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(url, ownerName, ownerPassword);
                PreparedStatement sql = owner.prepareStatement(
                        "select action from audit_event where account_id = ? order by position")) {
            sql.setObject(1, account.value());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        assertThat(stored).containsExactlyElementsOf(events.stream().map(e -> e.action().name()).toList());
    }

    @Test
    void missingOptionalFieldsStayMissing() {
        AccountId account = AccountId.random();
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Stored.now(), ActorType.ANONYMOUS, null,
                AuditAction.LOGIN_FAILED, null, null, account, null, Map.of());

        append(event);

        assertThat(read(() -> log.loadEvents(account, null, null, null, 10))).extracting(PositionedEvent::event)
                .containsExactly(event);
    }

    @Test
    void eventsAreReadNewestFirstFilteredByActionAndTargetAndPagedByCursor() {
        AccountId account = AccountId.random();
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        AuditEvent generated = event(account, AuditAction.KEY_GENERATED, key);
        AuditEvent revoked = event(account, AuditAction.KEY_REVOKED, key);
        AuditEvent otherGenerated = event(account, AuditAction.KEY_GENERATED, otherKey);
        AuditEvent memberRemoved = event(account, AuditAction.MEMBER_REMOVED, UUID.randomUUID().toString());
        AuditEvent elsewhere = event(AccountId.random(), AuditAction.KEY_GENERATED, key);
        AuditEvent nowhere = event(null, AuditAction.OPERATOR_CREATED, key);
        QuarkusTransaction.requiringNew().run(() -> List.of(generated, revoked, otherGenerated).forEach(log::append));
        List.of(memberRemoved, elsewhere, nowhere).forEach(this::append);

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, 10))))
                .containsExactly(memberRemoved, otherGenerated, revoked, generated);
        assertThat(events(read(() -> log.loadEvents(account, AuditAction.KEY_GENERATED, null, null, 10))))
                .containsExactly(otherGenerated, generated);
        assertThat(events(read(() -> log.loadEvents(account, null, key, null, 10))))
                .containsExactly(revoked, generated);
        assertThat(events(read(() -> log.loadEvents(account, AuditAction.KEY_REVOKED, key, null, 10))))
                .containsExactly(revoked);
        assertThat(read(() -> log.loadEvents(account, AuditAction.KEY_DISABLED, null, null, 10))).isEmpty();

        List<PositionedEvent> first = read(() -> log.loadEvents(account, null, null, null, 2));
        assertThat(events(first)).containsExactly(memberRemoved, otherGenerated);
        assertThat(first.get(0).position()).isGreaterThan(first.get(1).position());
        List<PositionedEvent> second = read(() -> log.loadEvents(account, null, null, first.get(1).position(), 2));
        assertThat(events(second)).containsExactly(revoked, generated);
        assertThat(read(() -> log.loadEvents(account, null, null, second.get(1).position(), 2))).isEmpty();
        assertThat(events(read(() -> log.loadEvents(account, AuditAction.KEY_GENERATED, null, first.get(1).position(),
                10))))
                .containsExactly(generated);
    }

    /**
     * The service's own role may not even try (see LeastPrivilegeTest); the trigger stops the schema's owner too,
     * who could otherwise rewrite the trail through the migrations' connection.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "update audit_event set action = 'TAMPERED' where id = ?",
        "delete from audit_event where id = ?",
        "delete from audit_event where id = ? and false",
    })
    void theDatabaseRefusesEvenTheOwnerToChangeOrRemoveAnEvent(String statement) throws Exception {
        AccountId account = AccountId.random();
        AuditEvent event = event(account, AuditAction.KEY_REVOKED, UUID.randomUUID().toString());
        append(event);

        try (Connection owner = DriverManager.getConnection(url, ownerName, ownerPassword);
                PreparedStatement sql = owner.prepareStatement(statement)) {
            sql.setObject(1, event.id());
            assertThatThrownBy(sql::executeUpdate).hasMessageContaining("audit_event is append-only");
        }

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, 10)))).containsExactly(event);
    }

    @Test
    void theDatabaseRefusesEvenTheOwnerToTruncateTheTrail() throws Exception {
        AccountId account = AccountId.random();
        AuditEvent event = event(account, AuditAction.KEY_REVOKED, UUID.randomUUID().toString());
        append(event);

        try (Connection owner = DriverManager.getConnection(url, ownerName, ownerPassword);
                Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.execute("truncate audit_event"))
                    .hasMessageContaining("audit_event is append-only: TRUNCATE");
        }

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, 10)))).containsExactly(event);
    }

    private void append(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(() -> log.append(event));
    }

    private static AuditEvent event(AccountId account, AuditAction action, String target) {
        return new AuditEvent(UUID.randomUUID(), Stored.now(), ActorType.SYSTEM, "system", action, "key", target,
                account, null, Map.of("action", action.name()));
    }

    private static List<AuditEvent> events(List<PositionedEvent> found) {
        return found.stream().map(PositionedEvent::event).toList();
    }
}
