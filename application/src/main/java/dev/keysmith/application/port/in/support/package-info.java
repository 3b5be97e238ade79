/** Use cases with which operators support a customer without acting in the account: read-only and audited. */
package dev.keysmith.application.port.in.support;
