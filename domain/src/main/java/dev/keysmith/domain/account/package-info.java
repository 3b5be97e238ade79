/** Customer accounts, their members' roles and invitations, with the rules that keep one SUPERADMIN. */
package dev.keysmith.domain.account;
