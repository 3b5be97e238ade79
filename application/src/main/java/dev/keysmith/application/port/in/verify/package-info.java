/** The use case product backends call to verify a key: the hot path. */
package dev.keysmith.application.port.in.verify;
