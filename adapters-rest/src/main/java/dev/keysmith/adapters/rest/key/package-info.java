/** REST resource and records for an account's API keys. */
package dev.keysmith.adapters.rest.key;
