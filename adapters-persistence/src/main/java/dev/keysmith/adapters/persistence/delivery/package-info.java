/** PostgreSQL storage of key deliveries (digests and sealed keys) and the queueing of their messages. */
package dev.keysmith.adapters.persistence.delivery;
