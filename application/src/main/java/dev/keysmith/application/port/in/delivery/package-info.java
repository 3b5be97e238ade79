/** Use cases of key deliveries: the integrator reveals the key; its administrator reads and resends the delivery. */
package dev.keysmith.application.port.in.delivery;
