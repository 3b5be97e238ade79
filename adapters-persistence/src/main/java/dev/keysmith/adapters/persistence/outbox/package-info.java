/** The outbox table: email queued in the use case's transaction, taken one row at a time by the worker. */
package dev.keysmith.adapters.persistence.outbox;
