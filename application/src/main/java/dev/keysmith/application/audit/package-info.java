/** Writing audit events for the services and reading the trail back, per account or platform-wide. */
package dev.keysmith.application.audit;
