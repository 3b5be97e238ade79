/** The outbox's email transports: SMTP with Jakarta Mail, owner-only files, or quarkus-mailer's mock in tests. */
package dev.keysmith.adapters.mail;
