/**
 * Metrics: the use cases wrapped where they are wired, so the core stays free of Micrometer and every way in (REST,
 * console, scheduled jobs) is counted the same. Served on the management port.
 */
package dev.keysmith.bootstrap.metrics;
