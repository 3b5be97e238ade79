package dev.keysmith.adapters.persistence.account;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPersistenceTest {

    /** PostgreSQL orders uuids byte by byte, which is the order of their lower-case text. */
    private static final Comparator<Account> BY_ID = Comparator.comparing(a -> a.id().value().toString());

    @Inject
    AccountPort accounts;

    @Inject
    Stored stored;

    @Test
    void anAccountAndASubAccountRoundTrip() {
        Account master = stored.account();
        Account sub = stored.subAccountOf(master);

        assertThat(read(() -> accounts.loadAccount(master.id()))).contains(master);
        assertThat(read(() -> accounts.loadAccount(sub.id()))).contains(sub);
        assertThat(read(() -> accounts.loadAccount(sub.id())).orElseThrow().parentId()).isEqualTo(master.id());
        assertThat(read(() -> accounts.loadAccount(AccountId.random()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheNewStatus() {
        Account account = stored.account();
        Account suspended = account.approve().suspend();

        QuarkusTransaction.requiringNew().run(() -> accounts.updateAccount(suspended));

        assertThat(read(() -> accounts.loadAccount(account.id())).orElseThrow().status())
                .isEqualTo(AccountStatus.SUSPENDED);
    }

    @Test
    void subAccountsAreListedForTheirMasterOnly() {
        Account master = stored.account();
        Account first = stored.subAccountOf(master);
        Account second = stored.subAccountOf(master);
        stored.subAccountOf(stored.account());

        assertThat(read(() -> accounts.loadSubAccounts(master.id()))).containsExactlyInAnyOrder(first, second);
        assertThat(read(() -> accounts.loadSubAccounts(first.id()))).isEmpty();
    }

    @Test
    void aUserSeesTheAccountsTheyBelongToAndTheirSubAccountsOnly() {
        User user = stored.user();
        Account agency = stored.account();
        Account location = stored.subAccountOf(agency);
        Account otherLocation = stored.subAccountOf(agency);
        Account own = stored.account();
        Account stranger = stored.account();
        stored.subAccountOf(stranger);
        Account onlyTheSubAccount = stored.subAccountOf(stored.account());
        stored.member(agency, user, Role.ADMIN);
        stored.member(location, user, Role.SUPERADMIN);
        stored.member(own, user, Role.MEMBER);
        stored.member(onlyTheSubAccount, user, Role.ADMIN);
        stored.member(stranger, stored.user(), Role.SUPERADMIN);

        List<Account> expected = Stream.of(agency, location, otherLocation, own, onlyTheSubAccount).sorted(BY_ID)
                .toList();
        assertThat(read(() -> accounts.loadAccountsVisibleTo(user.id(), null, 100)))
                .containsExactlyElementsOf(expected);
        assertThat(allPages((after, limit) -> accounts.loadAccountsVisibleTo(user.id(), after, limit), 2))
                .containsExactlyElementsOf(expected);
        assertThat(read(() -> accounts.loadAccountsVisibleTo(user.id(), expected.get(2).id(), 100)))
                .containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(read(() -> accounts.loadAccountsVisibleTo(UserId.random(), null, 100))).isEmpty();
    }

    @Test
    void allAccountsPageByIdWithoutGapsOrRepeats() {
        List<Account> created = List.of(stored.account(), stored.account(), stored.account(), stored.account());

        List<Account> everything = allPages(accounts::loadAccounts, 3);

        assertThat(everything).containsAll(created).isSortedAccordingTo(BY_ID).doesNotHaveDuplicates();
        Account third = created.stream().sorted(BY_ID).toList().get(2);
        assertThat(read(() -> accounts.loadAccounts(third.id(), 1000)))
                .allSatisfy(a -> assertThat(BY_ID.compare(a, third)).isPositive())
                .hasSize(everything.size() - everything.indexOf(third) - 1);
    }

    @Test
    void lockAccountHoldsTheRowUntilTheTransactionEnds() {
        Account account = stored.account();
        AtomicBoolean lockedInside = new AtomicBoolean();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(accounts.lockAccount(account.id())).contains(account);
            lockedInside.set(stored.lockedElsewhere("account", account.id().value()));
        });

        assertThat(lockedInside).isTrue();
        assertThat(stored.lockedElsewhere("account", account.id().value())).isFalse();
        assertThat(read(() -> accounts.lockAccount(AccountId.random()))).isEmpty();
    }

    /** Follows the cursor page by page, as a client would, until a page comes back short. */
    private static List<Account> allPages(BiFunction<AccountId, Integer, List<Account>> load, int size) {
        List<Account> all = new ArrayList<>();
        AccountId after = null;
        while (true) {
            AccountId cursor = after;
            List<Account> page = read(() -> load.apply(cursor, size));
            assertThat(page).hasSizeLessThanOrEqualTo(size);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
