package dev.keysmith.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.shared.PageResponse;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventResponseTest {

    private static final AccountId ACCOUNT = AccountId.random();

    @Test
    void an_event_names_its_actor_and_target_as_objects() {
        String user = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                Instant.parse("2030-03-01T09:00:00Z"),
                ActorType.USER,
                user,
                AuditAction.KEY_REVOKED,
                "key",
                key,
                ACCOUNT,
                "203.0.113.5",
                Map.of("name", "Marketing Automation"));

        JsonNode json = Json.tree(PageResponse.from(new Page<>(List.of(event), "41"), AuditEventResponse::from));

        JsonNode item = json.at("/items/0");
        assertThat(item.get("id").asText()).isEqualTo(event.id().toString());
        assertThat(item.get("occurredAt").asText()).isEqualTo("2030-03-01T09:00:00Z");
        assertThat(item.at("/actor/type").asText()).isEqualTo("USER");
        assertThat(item.at("/actor/id").asText()).isEqualTo(user);
        assertThat(item.get("action").asText()).isEqualTo("KEY_REVOKED");
        assertThat(item.at("/target/type").asText()).isEqualTo("key");
        assertThat(item.at("/target/id").asText()).isEqualTo(key);
        assertThat(item.get("accountId").asText()).isEqualTo(ACCOUNT.toString());
        assertThat(item.get("clientIp").asText()).isEqualTo("203.0.113.5");
        assertThat(item.at("/details/name").asText()).isEqualTo("Marketing Automation");
        assertThat(json.get("nextCursor").asText()).isEqualTo("41");
    }

    @Test
    void an_event_without_a_target_has_none() {
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                Instant.now(),
                ActorType.ANONYMOUS,
                null,
                AuditAction.LOGIN_FAILED,
                null,
                null,
                null,
                null,
                Map.of());

        AuditEventResponse response = AuditEventResponse.from(event);

        assertThat(response.target()).isNull();
        assertThat(response.accountId()).isNull();
        assertThat(response.actor().type()).isEqualTo(ActorType.ANONYMOUS);
    }
}
