/** Use cases of integrators (API users): create, list, read and change them. */
package dev.keysmith.application.port.in.integrator;
