package dev.keysmith.adapters.persistence.audit;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.adapters.persistence.support.TestDatabase;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.application.port.out.contract.AuditLogPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuditLogPersistenceTest extends AuditLogPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Inject
    AuditLogPort log;

    @Inject
    TestDatabase database;

    /** The column holds the constant's name, the value the API has always shown, and reads back as the constant. */
    @Test
    void everyActionIsStoredUnderItsNameAndReadBack() throws Exception {
        AccountId account = AccountId.random();
        List<AuditEvent> events = Arrays.stream(AuditAction.values())
                .map(action -> event(account, action, UUID.randomUUID().toString()))
                .toList();

        QuarkusTransaction.requiringNew().run(() -> log.appendAll(events));

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, events.size()))))
                .containsExactlyInAnyOrderElementsOf(events);
        List<String> stored = new ArrayList<>();
        try (Connection owner = database.connectAsOwner();
                PreparedStatement sql = owner.prepareStatement(
                        "select action from audit_event where account_id = ? order by position")) {
            sql.setObject(1, account.value());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        assertThat(stored)
                .containsExactlyElementsOf(
                        events.stream().map(e -> e.action().name()).toList());
    }

    /**
     * The service's own role may not even try (see LeastPrivilegeTest); the trigger stops the schema's owner too,
     * who could otherwise rewrite the trail through the migrations' connection.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "update audit_event set action = 'TAMPERED' where id = ?",
                "delete from audit_event where id = ?",
                "delete from audit_event where id = ? and false",
            })
    void theDatabaseRefusesEvenTheOwnerToChangeOrRemoveAnEvent(String statement) throws Exception {
        AccountId account = AccountId.random();
        AuditEvent event =
                event(account, AuditAction.KEY_REVOKED, UUID.randomUUID().toString());
        append(event);

        try (Connection owner = database.connectAsOwner();
                PreparedStatement sql = owner.prepareStatement(statement)) {
            sql.setObject(1, event.id());
            assertThatThrownBy(sql::executeUpdate).hasMessageContaining("audit_event is append-only");
        }

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, 10))))
                .containsExactly(event);
    }

    @Test
    void theDatabaseRefusesEvenTheOwnerToTruncateTheTrail() throws Exception {
        AccountId account = AccountId.random();
        AuditEvent event =
                event(account, AuditAction.KEY_REVOKED, UUID.randomUUID().toString());
        append(event);

        try (Connection owner = database.connectAsOwner();
                Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.execute("truncate audit_event"))
                    .hasMessageContaining("audit_event is append-only: TRUNCATE");
        }

        assertThat(events(read(() -> log.loadEvents(account, null, null, null, 10))))
                .containsExactly(event);
    }

    private void append(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(() -> log.append(event));
    }

    private static AuditEvent event(AccountId account, AuditAction action, String target) {
        return new AuditEvent(
                UUID.randomUUID(),
                Stored.now(),
                ActorType.SYSTEM,
                "system",
                action,
                "key",
                target,
                account,
                null,
                Map.of("action", action.name()));
    }

    private static List<AuditEvent> events(List<PositionedEvent> found) {
        return found.stream().map(PositionedEvent::event).toList();
    }
}
