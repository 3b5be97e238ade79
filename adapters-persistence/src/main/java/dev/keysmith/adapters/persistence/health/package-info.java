/** The readiness check: the database answers within the verification's database timeout. */
package dev.keysmith.adapters.persistence.health;
