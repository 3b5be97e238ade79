/** The use case with which operators manage product backends' credentials. */
package dev.keysmith.application.port.in.verifier;
