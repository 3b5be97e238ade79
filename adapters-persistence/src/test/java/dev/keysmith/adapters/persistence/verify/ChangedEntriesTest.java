package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangedEntriesTest {

    private final UUID key = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID account = UUID.randomUUID();
    private final UUID master = UUID.randomUUID();

    @Test
    void everyPayloadOfATransactionCountsInOnePass() {
        ChangedEntries changes = ChangedEntries.parse(List.of(
                "key:" + key,
                "keys:" + other + "," + UUID.randomUUID(),
                "access:" + account + ":payments",
                "client:vc_abc"));

        assertThat(changes.everything()).isFalse();
        assertThat(changes.touches(key, UUID.randomUUID(), "sms", null)).isTrue();
        assertThat(changes.touches(other, UUID.randomUUID(), "sms", null)).isTrue();
        assertThat(changes.touches(UUID.randomUUID(), account, "payments", null))
                .isTrue();
        assertThat(changes.touches(UUID.randomUUID(), account, "sms", null))
                .as("another product")
                .isFalse();
        assertThat(changes.verifierClients()).containsExactly("vc_abc");
    }

    @Test
    void anAccountChangeTouchesItsSubAccountsKeys() {
        ChangedEntries changes = ChangedEntries.parse(List.of("account:" + master));

        assertThat(changes.touches(key, account, "payments", master)).isTrue();
        assertThat(changes.touches(key, master, "payments", null)).isTrue();
        assertThat(changes.touches(key, account, "payments", null)).isFalse();
    }

    @Test
    void aPayloadNobodyUnderstandsDropsEverything() {
        assertThat(ChangedEntries.parse(List.of("key:" + key, "key:not-a-uuid")).everything())
                .isTrue();
        assertThat(ChangedEntries.parse(List.of("something-new")).everything()).isTrue();
        assertThat(ChangedEntries.parse(List.of("client:")).everything()).isTrue();
    }
}
