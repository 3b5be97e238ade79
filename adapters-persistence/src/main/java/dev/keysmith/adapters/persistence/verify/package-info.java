/**
 * The verification snapshot and what keeps it true: cache, filter of stored digests, NOTIFY channel and listener,
 * bounded reads, key use.
 */
package dev.keysmith.adapters.persistence.verify;
