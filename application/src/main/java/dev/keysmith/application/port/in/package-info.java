/** Driving ports: one interface per use case, grouped by area, and the Caller and Page every area shares. */
package dev.keysmith.application.port.in;
