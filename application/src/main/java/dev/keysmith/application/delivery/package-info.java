/** Keys made for integrators: tying them to the integrator and delivering them by email link and SMS code. */
package dev.keysmith.application.delivery;
