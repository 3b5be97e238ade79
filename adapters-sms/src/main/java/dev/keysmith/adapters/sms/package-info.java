/** The outbox's SMS transports: a JSON webhook signed with HMAC-SHA-256, or owner-only files. */
package dev.keysmith.adapters.sms;
