/** PostgreSQL storage of people and operator invitations. */
package dev.keysmith.adapters.persistence.user;
