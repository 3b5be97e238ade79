/** Use cases that exchange credentials for access tokens: people's login and verifier client credentials. */
package dev.keysmith.application.port.in.auth;
