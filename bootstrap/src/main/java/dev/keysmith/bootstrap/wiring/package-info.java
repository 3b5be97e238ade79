/** CDI producers that build the plain-Java services and their settings from configuration. */
package dev.keysmith.bootstrap.wiring;
