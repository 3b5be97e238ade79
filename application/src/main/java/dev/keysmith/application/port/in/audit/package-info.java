/** Use cases that read the audit trail: an account's and the whole platform's. */
package dev.keysmith.application.port.in.audit;
