/** PostgreSQL storage of accounts, memberships and invitations. */
package dev.keysmith.adapters.persistence.account;
