/** PostgreSQL storage of API keys (hashes and hints, never secrets). */
package dev.keysmith.adapters.persistence.key;
