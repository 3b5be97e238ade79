/** The delivery of a key to its integrator: a one-time link by email and a code by SMS, and its rules. */
package dev.keysmith.domain.delivery;
