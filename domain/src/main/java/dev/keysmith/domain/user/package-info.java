/** People who sign in: email, password, PIN and its lockout, sign-in throttling, operators and their invitations. */
package dev.keysmith.domain.user;
