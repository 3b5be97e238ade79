/** The audit event: who did what to which target, in which account, when and from where. */
package dev.keysmith.domain.audit;
