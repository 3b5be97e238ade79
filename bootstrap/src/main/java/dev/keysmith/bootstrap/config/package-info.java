/** Start-up configuration: the data directory, embedded defaults (database roles, keys, pepper), first operator. */
package dev.keysmith.bootstrap.config;
