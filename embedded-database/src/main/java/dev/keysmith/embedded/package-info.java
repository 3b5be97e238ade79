/** The embedded PostgreSQL of the zero-setup default: start, stop, directory lock and leftover recovery. */
package dev.keysmith.embedded;
