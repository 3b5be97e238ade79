/** The inactivity sweeper: warnings, expiry and grace endings in batches, with its settings and message texts. */
package dev.keysmith.application.expiry;
