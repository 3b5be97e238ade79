/** The inactivity sweep's SQL and its warning email drafts. */
package dev.keysmith.adapters.persistence.expiry;
