/** The Quarkus application: entry point and ordered shutdown. */
package dev.keysmith.bootstrap;
