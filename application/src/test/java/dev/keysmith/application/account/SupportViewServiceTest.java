package dev.keysmith.application.account;

import static dev.keysmith.application.support.World.as;
import static dev.keysmith.domain.key.ApiKeyBuilder.aKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.SupportKey;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.SupportView;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.ViewAccountForSupportQuery;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.support.InMemoryKeys;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.User;
import org.junit.jupiter.api.Test;

class SupportViewServiceTest {

    private final World world = new World();
    private final InMemoryKeys keys = new InMemoryKeys();
    private final SupportViewService support =
            new SupportViewService(world.store, keys, world.store, world.transactions, world.audit, world.clock);

    @Test
    void anOperatorSeesTheKeysByHintAndTheTrailAndTheLookIsRecordedInTheAccount() {
        Account account = world.account(null);
        Account other = world.account(null);
        User operator = world.operator();
        ApiKey key = aKey().withAccount(account.id())
                .withName("Front desk")
                .withHint(new KeyHint("pay_live_ab12\u20269xYz"))
                .build();
        keys.insertKey(key);
        keys.insertKey(aKey().withAccount(other.id()).build());

        SupportView view = support.viewAccount(new ViewAccountForSupportQuery(as(operator), account.id(), null, null));

        assertThat(view.account()).isEqualTo(account);
        assertThat(view.keys()).extracting(SupportKey::id).containsExactly(key.id());
        assertThat(view.keys().get(0).hint().value()).isEqualTo("pay_live_ab12\u20269xYz");
        assertThat(view.keys().get(0).name().value()).isEqualTo("Front desk");
        AuditEvent look = world.store.events.get(world.store.events.size() - 1);
        assertThat(look.action()).isEqualTo(AuditAction.SUPPORT_VIEW_OPENED);
        assertThat(look.actorType()).isEqualTo(ActorType.USER);
        assertThat(look.actorId()).isEqualTo(operator.id().toString());
        assertThat(look.accountId()).isEqualTo(account.id());
        assertThat(view.events().items()).extracting(AuditEvent::action).contains(AuditAction.SUPPORT_VIEW_OPENED);
    }

    @Test
    void theTrailIsPagedNewestFirst() {
        Account account = world.account(null);
        User operator = world.operator();
        for (int i = 0; i < 3; i++) {
            support.viewAccount(new ViewAccountForSupportQuery(as(operator), account.id(), null, null));
        }

        SupportView first = support.viewAccount(new ViewAccountForSupportQuery(as(operator), account.id(), null, 2));
        SupportView second = support.viewAccount(new ViewAccountForSupportQuery(
                as(operator), account.id(), first.events().nextCursor(), 2));

        assertThat(first.events().items()).hasSize(2);
        assertThat(first.events().nextCursor()).isNotNull();
        assertThat(second.events().items())
                .isNotEmpty()
                .doesNotContainAnyElementsOf(first.events().items());
        assertThatThrownBy(() -> support.viewAccount(
                        new ViewAccountForSupportQuery(as(operator), account.id(), "not-a-cursor", null)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyOperatorsMayLookAndNothingIsRecordedForOthers() {
        Account account = world.account(null);
        User admin = world.person("482913");
        world.member(account, admin, Role.SUPERADMIN);
        int before = world.store.events.size();

        assertThatThrownBy(
                        () -> support.viewAccount(new ViewAccountForSupportQuery(as(admin), account.id(), null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> support.viewAccount(
                        new ViewAccountForSupportQuery(as(world.operator()), AccountId.random(), null, null)))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(world.store.events).hasSize(before);
    }
}
