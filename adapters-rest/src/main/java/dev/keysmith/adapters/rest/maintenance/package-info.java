/** REST resource with which operators run an inactivity sweep now. */
package dev.keysmith.adapters.rest.maintenance;
