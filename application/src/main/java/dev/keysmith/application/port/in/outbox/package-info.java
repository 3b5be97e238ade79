/** The use case that delivers the email waiting in the outbox. */
package dev.keysmith.application.port.in.outbox;
