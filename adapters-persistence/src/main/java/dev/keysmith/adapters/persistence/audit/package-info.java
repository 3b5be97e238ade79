/** PostgreSQL storage of the append-only audit trail. */
package dev.keysmith.adapters.persistence.audit;
