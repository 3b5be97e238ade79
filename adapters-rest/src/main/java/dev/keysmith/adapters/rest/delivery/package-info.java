/** REST resources and records of key deliveries: the integrator's reveal, the administrator's view and resend. */
package dev.keysmith.adapters.rest.delivery;
