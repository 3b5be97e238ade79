package dev.keysmith.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Account fresh() {
        return Account.open(AccountId.random(), new AccountName("Acme"), null, NOW);
    }

    @Test
    void movesThroughItsStatuses() {
        Account approved = fresh().approve();
        assertThat(approved.status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(approved.suspend().status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(approved.suspend().reinstate().status()).isEqualTo(AccountStatus.APPROVED);
    }

    @Test
    void refusesIllegalMoves() {
        assertThatThrownBy(() -> fresh().suspend())
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("ACCOUNT_STATUS_CONFLICT");
        assertThatThrownBy(() -> fresh().reinstate()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fresh().approve().approve()).isInstanceOf(ConflictException.class);
    }

    @Test
    void keysNeedAnApprovedAccount() {
        assertThatThrownBy(() -> fresh().requireApproved("manage keys"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("ACCOUNT_NOT_APPROVED");
    }

    @Test
    void subAccountsAreOneLevelDeep() {
        Account master = fresh();
        Account location = Account.open(AccountId.random(), new AccountName("Location"), master, NOW);

        assertThat(location.parentId()).isEqualTo(master.id());
        assertThatThrownBy(() -> Account.open(AccountId.random(), new AccountName("Deeper"), location, NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rolesIncludeTheRolesBelow() {
        assertThat(Role.SUPERADMIN.includes(Role.ADMIN)).isTrue();
        assertThat(Role.ADMIN.includes(Role.ADMIN)).isTrue();
        assertThat(Role.MEMBER.includes(Role.ADMIN)).isFalse();
    }
}
