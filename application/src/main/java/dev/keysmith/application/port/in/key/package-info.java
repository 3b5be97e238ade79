/** Use cases of the key lifecycle: generate, list, change, regenerate and revoke keys. */
package dev.keysmith.application.port.in.key;
