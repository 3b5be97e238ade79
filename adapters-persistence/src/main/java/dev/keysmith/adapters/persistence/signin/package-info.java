/** PostgreSQL storage of sign-in attempt counters for login throttling. */
package dev.keysmith.adapters.persistence.signin;
