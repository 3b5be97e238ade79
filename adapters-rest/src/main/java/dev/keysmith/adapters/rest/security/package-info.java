/** Bearer tokens: signing them, checking each one, caching verified ones, and turning one into a Caller. */
package dev.keysmith.adapters.rest.security;
