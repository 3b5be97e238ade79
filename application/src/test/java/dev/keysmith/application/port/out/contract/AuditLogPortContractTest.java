package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLogPort} does, stated once and run against each implementation. */
public abstract class AuditLogPortContractTest {

    protected abstract PortsUnderTest ports();

    private AuditLogPort log() {
        return ports().auditLog();
    }

    @Test
    void everyFieldOfAnEventSurvivesTheRoundTrip() {
        AccountId account = AccountId.random();
        Map<String, String> details =
                Map.of("name", "Marketing \"Automation\" – Zürich", "a=b", "c=d", "scopes", "read,write", "empty", "");
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                Rows.now(),
                ActorType.USER,
                UUID.randomUUID().toString(),
                AuditAction.KEY_GENERATED,
                "key",
                UUID.randomUUID().toString(),
                account,
                "2001:db8::1",
                details);

        append(event);

        List<PositionedEvent> found = ports().inTransaction(() -> log().loadEvents(account, null, null, null, 10));
        assertThat(found).extracting(PositionedEvent::event).containsExactly(event);
        assertThat(found.get(0).position()).isPositive();
    }

    @Test
    void missingOptionalFieldsStayMissing() {
        AccountId account = AccountId.random();
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                Rows.now(),
                ActorType.ANONYMOUS,
                null,
                AuditAction.LOGIN_FAILED,
                null,
                null,
                account,
                null,
                Map.of());

        append(event);

        assertThat(events(ports().inTransaction(() -> log().loadEvents(account, null, null, null, 10))))
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
        AuditEvent memberRemoved =
                event(account, AuditAction.MEMBER_REMOVED, UUID.randomUUID().toString());
        AuditEvent elsewhere = event(AccountId.random(), AuditAction.KEY_GENERATED, key);
        AuditEvent nowhere = event(null, AuditAction.OPERATOR_CREATED, key);
        ports().inTransaction(() -> log().appendAll(List.of(generated, revoked, otherGenerated)));
        List.of(memberRemoved, elsewhere, nowhere).forEach(this::append);

        assertThat(events(load(account, null, null, null, 10)))
                .containsExactly(memberRemoved, otherGenerated, revoked, generated);
        assertThat(events(load(account, AuditAction.KEY_GENERATED, null, null, 10)))
                .containsExactly(otherGenerated, generated);
        assertThat(events(load(account, null, key, null, 10))).containsExactly(revoked, generated);
        assertThat(events(load(account, AuditAction.KEY_REVOKED, key, null, 10)))
                .containsExactly(revoked);
        assertThat(load(account, AuditAction.KEY_DISABLED, null, null, 10)).isEmpty();
        assertThat(events(load(null, null, key, null, 10))).startsWith(nowhere, elsewhere, revoked, generated);

        List<PositionedEvent> first = load(account, null, null, null, 2);
        assertThat(events(first)).containsExactly(memberRemoved, otherGenerated);
        assertThat(first.get(0).position()).isGreaterThan(first.get(1).position());
        List<PositionedEvent> second = load(account, null, null, first.get(1).position(), 2);
        assertThat(events(second)).containsExactly(revoked, generated);
        assertThat(load(account, null, null, second.get(1).position(), 2)).isEmpty();
        assertThat(events(load(
                        account, AuditAction.KEY_GENERATED, null, first.get(1).position(), 10)))
                .containsExactly(generated);
    }

    private List<PositionedEvent> load(AccountId account, AuditAction action, String target, Long after, int limit) {
        return ports().inTransaction(() -> log().loadEvents(account, action, target, after, limit));
    }

    private void append(AuditEvent event) {
        ports().inTransaction(() -> log().append(event));
    }

    private static AuditEvent event(AccountId account, AuditAction action, String target) {
        return new AuditEvent(
                UUID.randomUUID(),
                Rows.now(),
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
