/** Services for accounts, their members and invitations, and the gate that decides who may act on an account. */
package dev.keysmith.application.account;
