/** Use cases of product access: request access, list an account's products, decide on access. */
package dev.keysmith.application.port.in.access;
