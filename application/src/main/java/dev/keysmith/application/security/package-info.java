/** The digest by which one-time tokens (invitations) are stored and found, since the token itself never is. */
package dev.keysmith.application.security;
