/** The one place errors become HTTP: problem details with a stable code, strict JSON, database unavailability. */
package dev.keysmith.adapters.rest.problem;
