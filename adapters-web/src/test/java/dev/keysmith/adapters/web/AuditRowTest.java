package dev.keysmith.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditRowTest {

    @Test
    void everyActionHasWordsOfItsOwn() {
        assertThat(AuditRow.WORDS).containsOnlyKeys(AuditAction.values());
        assertThat(AuditRow.WORDS.values())
                .allSatisfy(words -> assertThat(words).doesNotContain("_"));
    }

    @Test
    void aKeyEventLinksItsKeyAndListsItsDetails() {
        String key = UUID.randomUUID().toString();
        AuditRow row = AuditRow.of(
                new AuditEvent(
                        UUID.randomUUID(),
                        Instant.parse("2030-01-02T03:04:05Z"),
                        ActorType.USER,
                        UUID.randomUUID().toString(),
                        AuditAction.KEY_DISABLED,
                        "key",
                        key,
                        AccountId.random(),
                        "203.0.113.7",
                        Map.of("product", "payments", "name", "Zapier")),
                "you");

        assertThat(row.actionWords()).isEqualTo("Key disabled");
        assertThat(row.keyTarget()).isTrue();
        assertThat(row.occurredAt()).isEqualTo("2030-01-02 03:04 UTC");
        assertThat(row.details()).isEqualTo("name: Zapier, product: payments");
    }
}
