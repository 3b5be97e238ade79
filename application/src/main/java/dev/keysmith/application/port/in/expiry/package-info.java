/** The use case that runs one inactivity sweep. */
package dev.keysmith.application.port.in.expiry;
