/** PostgreSQL storage of accounts' in-app notifications. */
package dev.keysmith.adapters.persistence.notification;
