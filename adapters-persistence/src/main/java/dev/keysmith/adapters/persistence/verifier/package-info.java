/** PostgreSQL storage of verifier clients (secret hashes only). */
package dev.keysmith.adapters.persistence.verifier;
