/** Scheduled jobs: inactivity sweep, outbox delivery, key-use flush and sign-in counter pruning. */
package dev.keysmith.bootstrap.jobs;
