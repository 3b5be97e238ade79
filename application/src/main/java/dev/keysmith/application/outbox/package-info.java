/** The outbox worker's round that sends queued email, with its retry policy. */
package dev.keysmith.application.outbox;
