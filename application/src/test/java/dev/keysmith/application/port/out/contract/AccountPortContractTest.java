package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link AccountPort} does, stated once and run against each implementation. */
public abstract class AccountPortContractTest {

    /** Accounts page in uuid order, which PostgreSQL keeps byte by byte: the order of their lower-case text. */
    private static final Comparator<Account> BY_ID =
            Comparator.comparing(a -> a.id().value().toString());

    protected abstract PortsUnderTest ports();

    private AccountPort accounts() {
        return ports().accounts();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void anAccountAndASubAccountRoundTrip() {
        Account master = rows().account();
        Account sub = rows().subAccountOf(master);

        assertThat(ports().inTransaction(() -> accounts().loadAccount(master.id())))
                .contains(master);
        assertThat(ports().inTransaction(() -> accounts().loadAccount(sub.id())))
                .contains(sub);
        assertThat(ports().inTransaction(() -> accounts().loadAccount(sub.id()))
                        .orElseThrow()
                        .parentId())
                .isEqualTo(master.id());
        assertThat(ports().inTransaction(() -> accounts().loadAccount(AccountId.random())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> accounts().lockAccount(AccountId.random())))
                .isEmpty();
    }

    @Test
    void anUpdateStoresTheNewStatus() {
        Account account = rows().account();
        Account suspended = account.approve().suspend();

        ports().inTransaction(() -> accounts().updateAccount(suspended));

        assertThat(ports().inTransaction(() -> accounts().loadAccount(account.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(AccountStatus.SUSPENDED);
        assertThat(ports().inTransaction(() -> accounts().lockAccount(account.id())))
                .contains(suspended);
    }

    @Test
    void subAccountsAreListedForTheirMasterOnlyByName() {
        Account master = rows().account();
        Account first = rows().subAccountOf(master);
        Account second = rows().subAccountOf(master);
        rows().subAccountOf(rows().account());

        assertThat(ports().inTransaction(() -> accounts().loadSubAccounts(master.id())))
                .containsExactlyElementsOf(Stream.of(first, second)
                        .sorted(Comparator.comparing((Account a) -> a.name().value()))
                        .toList());
        assertThat(ports().inTransaction(() -> accounts().loadSubAccounts(first.id())))
                .isEmpty();
    }

    @Test
    void aUserSeesTheAccountsTheyBelongToAndTheirSubAccountsOnly() {
        User user = rows().user();
        Account agency = rows().account();
        Account location = rows().subAccountOf(agency);
        Account otherLocation = rows().subAccountOf(agency);
        Account own = rows().account();
        Account stranger = rows().account();
        rows().subAccountOf(stranger);
        Account onlyTheSubAccount = rows().subAccountOf(rows().account());
        rows().member(agency, user, Role.ADMIN);
        rows().member(location, user, Role.SUPERADMIN);
        rows().member(own, user, Role.MEMBER);
        rows().member(onlyTheSubAccount, user, Role.ADMIN);
        rows().member(stranger, rows().user(), Role.SUPERADMIN);

        List<Account> expected = Stream.of(agency, location, otherLocation, own, onlyTheSubAccount)
                .sorted(BY_ID)
                .toList();
        assertThat(ports().inTransaction(() -> accounts().loadAccountsVisibleTo(user.id(), null, 100)))
                .containsExactlyElementsOf(expected);
        assertThat(allPages((after, limit) -> accounts().loadAccountsVisibleTo(user.id(), after, limit), 2))
                .containsExactlyElementsOf(expected);
        assertThat(ports().inTransaction(() -> accounts()
                        .loadAccountsVisibleTo(user.id(), expected.get(2).id(), 100)))
                .containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(ports().inTransaction(() -> accounts().loadAccountsVisibleTo(UserId.random(), null, 100)))
                .isEmpty();
    }

    @Test
    void allAccountsPageByIdWithoutGapsOrRepeats() {
        List<Account> created = List.of(rows().account(), rows().account(), rows().account(), rows().account());

        List<Account> everything = allPages((after, limit) -> accounts().loadAccounts(after, limit), 3);

        assertThat(everything).containsAll(created).isSortedAccordingTo(BY_ID).doesNotHaveDuplicates();
        Account third = created.stream().sorted(BY_ID).toList().get(2);
        assertThat(ports().inTransaction(() -> accounts().loadAccounts(third.id(), 1000)))
                .allSatisfy(a -> assertThat(BY_ID.compare(a, third)).isPositive())
                .hasSize(everything.size() - everything.indexOf(third) - 1);
    }

    /** Follows the cursor page by page, as a client would, until a page comes back short. */
    private List<Account> allPages(BiFunction<AccountId, Integer, List<Account>> load, int size) {
        List<Account> all = new ArrayList<>();
        AccountId after = null;
        while (true) {
            AccountId cursor = after;
            List<Account> page = ports().inTransaction(() -> load.apply(cursor, size));
            assertThat(page).hasSizeLessThanOrEqualTo(size);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
