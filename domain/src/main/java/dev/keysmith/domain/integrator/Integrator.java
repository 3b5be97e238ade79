package dev.keysmith.domain.integrator;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.shared.Text;
import dev.keysmith.domain.user.Email;
import java.time.Instant;

/**
 * Someone outside the account (an API user) who calls the platform with the account's keys: keys made for them
 * are delivered to them by email link and SMS code, never shown to the administrator. While inactive, their
 * keys do not verify ({@code DISABLED}).
 */
public record Integrator(
        IntegratorId id,
        AccountId accountId,
        String name,
        Email email,
        PhoneNumber phone,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public Integrator {
        Require.present(id, "integratorId");
        Require.present(accountId, "accountId");
        Text.visible(name, MAX_NAME_LENGTH, "name");
        Require.present(email, "email");
        Require.present(phone, "phone");
        Require.present(createdAt, "createdAt");
        Require.present(updatedAt, "updatedAt");
    }

    /** A new, active integrator. */
    public static Integrator create(AccountId account, String name, Email email, PhoneNumber phone, Instant now) {
        return new Integrator(IntegratorId.random(), account, name, email, phone, true, now, now);
    }

    /** This integrator with the given changes; null keeps a value. */
    public Integrator change(String newName, Email newEmail, PhoneNumber newPhone, Boolean newActive, Instant now) {
        return new Integrator(
                id,
                accountId,
                newName == null ? name : newName,
                newEmail == null ? email : newEmail,
                newPhone == null ? phone : newPhone,
                newActive == null ? active : newActive,
                createdAt,
                now);
    }
}
