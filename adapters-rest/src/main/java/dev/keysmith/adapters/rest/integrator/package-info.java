/** REST resource and records for an account's integrators (API users). */
package dev.keysmith.adapters.rest.integrator;
