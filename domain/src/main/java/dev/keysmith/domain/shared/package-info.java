/** What every area shares: the base domain errors with their stable codes and the guards for value objects. */
package dev.keysmith.domain.shared;
