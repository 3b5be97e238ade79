/** Use cases of accounts, members and invitations, with their command and query records. */
package dev.keysmith.application.port.in.account;
