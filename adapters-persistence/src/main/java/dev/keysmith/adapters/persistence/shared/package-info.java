/** What every persistence adapter shares: transactions, row locks, constraint names and time values. */
package dev.keysmith.adapters.persistence.shared;
