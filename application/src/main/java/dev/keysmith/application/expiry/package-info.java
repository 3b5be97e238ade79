/** The inactivity sweeper: one stage each for settling, expiry, warnings and their emails over one batch-drain loop. */
package dev.keysmith.application.expiry;
