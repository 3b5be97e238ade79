/** Use cases of one's own person: profile, password, PIN and its confirmation, and the first operator. */
package dev.keysmith.application.port.in.user;
