/** The audit event and its AuditAction: who did what to which target, in which account, when and from where. */
package dev.keysmith.domain.audit;
