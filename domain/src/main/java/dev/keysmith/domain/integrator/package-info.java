/** Integrators (API users): the people outside an account who receive its keys by email link and SMS code. */
package dev.keysmith.domain.integrator;
