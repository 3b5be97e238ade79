/** REST resources and records for accounts, members and invitations. */
package dev.keysmith.adapters.rest.account;
