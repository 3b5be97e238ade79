/** Services for people and operators: sign-in, first operator, passwords, PINs, profiles and operator invitations. */
package dev.keysmith.application.user;
