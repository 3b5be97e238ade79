/** Announces account, access, product and verifier client changes to every instance's snapshot. */
package dev.keysmith.adapters.persistence.notify;
