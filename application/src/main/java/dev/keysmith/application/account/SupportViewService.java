package dev.keysmith.application.account;

import dev.keysmith.application.audit.AuditQuery;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operators' read-only support view of an account. Operators may not act in customer accounts (the
 * {@link AccountGate} refuses them), so this reads the keys and the trail through the ports directly, after checking
 * the caller is an operator, and records the look in the account's own trail first.
 */
public final class SupportViewService implements ViewAccountForSupportUseCase {

    private final AccountPort accounts;
    private final ApiKeyPort keys;
    private final AuditLogPort log;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public SupportViewService(
            AccountPort accounts,
            ApiKeyPort keys,
            AuditLogPort log,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.log = log;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SupportView viewAccount(ViewAccountForSupportQuery query) {
        Caller caller = query.caller();
        caller.requireOperator();
        AuditQuery trail = AuditQuery.of(null, null, query.after(), query.limit());
        Account account =
                accounts.loadAccount(query.account()).orElseThrow(() -> new AccountNotFoundException(query.account()));
        return transactions.inTransaction(() -> {
            // Recorded before the trail is read, so the look appears on the page that shows it.
            audit.record(
                    caller,
                    AuditAction.SUPPORT_VIEW_OPENED,
                    "account",
                    account.id(),
                    account.id(),
                    Map.of("auditPage", trail.cursor() == null ? "newest" : "older"));
            return new SupportView(account, keysOf(account), trail.read(log, account.id()));
        });
    }

    private List<SupportKey> keysOf(Account account) {
        Instant now = clock.instant();
        List<SupportKey> found = new ArrayList<>();
        ApiKeyId after = null;
        List<ApiKey> batch;
        do {
            batch = keys.loadKeys(account.id(), null, null, after, Page.MAX_LIMIT);
            for (ApiKey stored : batch) {
                ApiKey key = stored.settle(now);
                found.add(new SupportKey(
                        key.id(),
                        key.product(),
                        key.name(),
                        key.hint(),
                        key.status(),
                        key.createdAt(),
                        key.lastUsedAt()));
            }
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
        } while (batch.size() == Page.MAX_LIMIT);
        return found;
    }
}
