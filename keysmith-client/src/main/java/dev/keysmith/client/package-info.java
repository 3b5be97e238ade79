/**
 * A client for product backends that verify API keys with Keysmith: plain JDK {@code HttpClient}, no framework,
 * no dependency on the service's modules.
 */
package dev.keysmith.client;
