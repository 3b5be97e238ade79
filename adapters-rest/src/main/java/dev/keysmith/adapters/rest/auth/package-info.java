/** REST sign-in: login for people and the OAuth2 client credentials token endpoint for product backends. */
package dev.keysmith.adapters.rest.auth;
