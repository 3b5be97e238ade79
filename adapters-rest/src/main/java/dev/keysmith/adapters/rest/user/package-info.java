/** REST resource and records for the signed-in person: profile, PIN and password. */
package dev.keysmith.adapters.rest.user;
