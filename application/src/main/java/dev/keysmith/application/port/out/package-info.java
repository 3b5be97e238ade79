/** Driven ports, each named for what it does, and the exceptions their adapters may throw. */
package dev.keysmith.application.port.out;
