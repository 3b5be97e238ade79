/** The service behind the integrator use cases. */
package dev.keysmith.application.integrator;
