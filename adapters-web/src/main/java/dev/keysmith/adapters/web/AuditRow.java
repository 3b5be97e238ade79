package dev.keysmith.adapters.web;

import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import io.quarkus.qute.TemplateData;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One audit event as a row of an account's audit trail: who did what to which target, when and from where. */
@TemplateData
public record AuditRow(
        String id,
        String occurredAt,
        String actor,
        String action,
        String actionWords,
        String targetType,
        String targetId,
        boolean keyTarget,
        String clientIp,
        String details) {

    static final Map<AuditAction, String> WORDS = new EnumMap<>(AuditAction.class);

    static {
        WORDS.put(AuditAction.ACCOUNT_CREATED, "Account created");
        WORDS.put(AuditAction.ACCOUNT_APPROVED, "Account approved");
        WORDS.put(AuditAction.ACCOUNT_SUSPENDED, "Account suspended");
        WORDS.put(AuditAction.ACCOUNT_REINSTATED, "Account reinstated");
        WORDS.put(AuditAction.MEMBER_INVITED, "Member invited");
        WORDS.put(AuditAction.INVITATION_ACCEPTED, "Invitation accepted");
        WORDS.put(AuditAction.MEMBER_ROLE_CHANGED, "Member's role changed");
        WORDS.put(AuditAction.MEMBER_REMOVED, "Member removed");
        WORDS.put(AuditAction.PRODUCT_DEFINED, "Product added to the catalogue");
        WORDS.put(AuditAction.PRODUCT_CHANGED, "Product changed in the catalogue");
        WORDS.put(AuditAction.PRODUCT_ACCESS_REQUESTED, "Product access requested");
        WORDS.put(AuditAction.PRODUCT_ACCESS_APPROVED, "Product access request approved");
        WORDS.put(AuditAction.PRODUCT_ACCESS_DENIED, "Product access request denied");
        WORDS.put(AuditAction.PRODUCT_ACCESS_ENABLED, "Product access enabled");
        WORDS.put(AuditAction.PRODUCT_ACCESS_DISABLED, "Product access disabled");
        WORDS.put(AuditAction.KEY_GENERATED, "Key generated");
        WORDS.put(AuditAction.KEY_EDITED, "Key edited");
        WORDS.put(AuditAction.KEY_DISABLED, "Key disabled");
        WORDS.put(AuditAction.KEY_ENABLED, "Key enabled");
        WORDS.put(AuditAction.KEY_REGENERATED, "Key regenerated");
        WORDS.put(AuditAction.KEY_REVOKED, "Key revoked");
        WORDS.put(AuditAction.KEY_EXPIRY_WARNED, "Warned that a key will expire");
        WORDS.put(AuditAction.KEY_EXPIRED, "Key expired after inactivity");
        WORDS.put(AuditAction.LOGIN_SUCCEEDED, "Signed in");
        WORDS.put(AuditAction.LOGIN_FAILED, "Sign-in failed");
        WORDS.put(AuditAction.PASSWORD_FAILED, "Wrong password");
        WORDS.put(AuditAction.SIGN_IN_THROTTLED, "Sign-in slowed down after failures");
        WORDS.put(AuditAction.PASSWORD_CHANGED, "Password changed");
        WORDS.put(AuditAction.PIN_SET, "PIN set");
        WORDS.put(AuditAction.PIN_RESET, "PIN reset");
        WORDS.put(AuditAction.PIN_FAILED, "Wrong PIN");
        WORDS.put(AuditAction.PIN_LOCKED, "PIN locked after wrong attempts");
        WORDS.put(AuditAction.PIN_DISABLED, "PIN disabled after wrong attempts");
        WORDS.put(AuditAction.OPERATOR_CREATED, "Operator created");
        WORDS.put(AuditAction.OPERATOR_INVITED, "Operator invited");
        WORDS.put(AuditAction.OPERATOR_INVITATION_ACCEPTED, "Operator invitation accepted");
        WORDS.put(AuditAction.OPERATOR_DEACTIVATED, "Operator deactivated");
        WORDS.put(AuditAction.VERIFIER_CLIENT_CREATED, "Verifier client created");
        WORDS.put(AuditAction.VERIFIER_CLIENT_SECRET_ROLLED, "Verifier client secret rolled");
        WORDS.put(AuditAction.VERIFIER_CLIENT_ENABLED, "Verifier client enabled");
        WORDS.put(AuditAction.VERIFIER_CLIENT_DISABLED, "Verifier client disabled");
        WORDS.put(AuditAction.VERIFIER_TOKEN_REFUSED, "Verifier token refused");
        WORDS.put(AuditAction.SUPPORT_VIEW_OPENED, "Support opened a read-only view of the account");
        WORDS.put(AuditAction.INTEGRATOR_CREATED, "API user added");
        WORDS.put(AuditAction.INTEGRATOR_CHANGED, "API user changed");
        WORDS.put(AuditAction.KEY_DELIVERY_SENT, "Key sent to its API user by email link and SMS code");
        WORDS.put(AuditAction.KEY_DELIVERY_CODE_REFUSED, "Wrong code on a key's delivery link");
        WORDS.put(AuditAction.KEY_DELIVERY_REVEALED, "Key revealed to its API user");
        WORDS.put(AuditAction.KEY_IMPORTED, "Key imported from another system");
        WORDS.put(AuditAction.PRODUCT_ENABLED_FOR_ALL, "Product enabled for every account");
    }

    /** The action as a person would say it; an action added later without words reads from its name. */
    static String words(AuditAction action) {
        String words = WORDS.get(action);
        if (words != null) {
            return words;
        }
        String name = action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static AuditRow of(AuditEvent event, String actor) {
        return new AuditRow(
                event.id().toString(),
                Moments.of(event.occurredAt()),
                actor,
                event.action().name(),
                words(event.action()),
                event.targetType(),
                event.targetId(),
                "key".equals(event.targetType()) && event.targetId() != null,
                event.clientIp(),
                event.details().entrySet().stream()
                        .map(detail -> detail.getKey() + ": " + detail.getValue())
                        .collect(Collectors.joining(", ")));
    }
}
