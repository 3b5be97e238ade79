/** PostgreSQL storage of integrators and of which keys were made for them. */
package dev.keysmith.adapters.persistence.integrator;
