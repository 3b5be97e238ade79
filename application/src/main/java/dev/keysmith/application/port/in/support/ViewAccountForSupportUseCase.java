package dev.keysmith.application.port.in.support;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import java.time.Instant;
import java.util.List;

/**
 * An operator looks into one account for support, read-only: its keys by hint and its audit trail. Every look is
 * itself recorded in the account's trail, so its admins see who looked and when.
 */
public interface ViewAccountForSupportUseCase {

    SupportView viewAccount(ViewAccountForSupportQuery query);

    /** {@code after} and {@code limit} page the audit trail, newest first; both may be null. */
    record ViewAccountForSupportQuery(Caller caller, AccountId account, String after, Integer limit) {}

    /** The account, all its keys and one page of its trail. */
    record SupportView(Account account, List<SupportKey> keys, Page<AuditEvent> events) {

        public SupportView {
            keys = List.copyOf(keys);
        }
    }

    /** What support sees of a key: how to tell it apart, never its hash or anything to use it with. */
    record SupportKey(
            ApiKeyId id,
            ProductCode product,
            KeyName name,
            KeyHint hint,
            KeyStatus status,
            Instant createdAt,
            Instant lastUsedAt) {}
}
